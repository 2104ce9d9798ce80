import { LANGUAGES, Language } from '@rightsdesk/domain';
import { DICTIONARIES } from '../i18n/dictionaries';
import { Messages } from '../i18n/messages';
import { SafeHtml, html, raw, safePath } from '@rightsdesk/html';
import { LAYOUT_CSS } from './layout.styles';

export interface LayoutOptions {
  /** The page's h1 text; also the start of the document title. */
  title: string;
  /** Where this page is (path and query), so the language switch lands on the same page. */
  path: string;
  body: SafeHtml;
  /** Prefixes the title with "Error:" so the problem is announced before anything else. */
  hasErrors?: boolean;
  /** Pages behind a secret link (status, verify): keep them out of search engines. */
  noindex?: boolean;
}

/** The same page in another language: the path with `lang` set, other query kept. */
export function pathInLanguage(path: string, language: Language): string {
  const safe = safePath(path) === '#' ? '/' : path;
  const [pathname, query = ''] = safe.split('#')[0].split('?', 2);
  const params = new URLSearchParams(query);
  params.set('lang', language);
  return `${pathname}?${params.toString()}`;
}

function languageSwitch(path: string, t: Messages): SafeHtml {
  const others = LANGUAGES.filter((language) => language !== t.lang);
  const links = others.map(
    (language) =>
      html`<li>
        <a href="${pathInLanguage(path, language)}" hreflang="${language}" lang="${language}"
          >${DICTIONARIES[language].languageName}</a
        >
      </li>`,
  );
  return html`<nav aria-label="${t.layout.languageNavLabel}">
    <ul>
      ${links}
    </ul>
  </nav>`;
}

/**
 * The page shell: language, skip link, landmarks, inline styles (no external resources, so the
 * pages work behind a strict CSP and leak nothing to third parties), and no script at all.
 */
export function layout(options: LayoutOptions, t: Messages): SafeHtml {
  const title = `${options.hasErrors ? `${t.form.titleErrorPrefix} ` : ''}${options.title} – ${
    t.layout.siteName
  }`;
  const page = html`<!doctype html>
    <html lang="${t.lang}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        ${options.noindex && html`<meta name="robots" content="noindex, nofollow" />`}
        <title>${title}</title>
        ${
          // raw: LAYOUT_CSS is a constant written here (no one's input). One raw string: the CSP
          // allows this style by the hash of its exact text, so no formatter may add whitespace.
          raw(`<style>${LAYOUT_CSS}</style>`)
        }
      </head>
      <body>
        <a class="skip-link" href="#main">${t.layout.skipLink}</a>
        <header class="site-header">
          <div class="container">
            <nav aria-label="${t.layout.navLabel}">
              <ul>
                <li><a class="site-name" href="/">${t.layout.siteName}</a></li>
              </ul>
            </nav>
            ${languageSwitch(options.path, t)}
          </div>
        </header>
        <main id="main" tabindex="-1">
          <div class="container">${options.body}</div>
        </main>
        <footer class="site-footer">
          <div class="container">
            <p>${t.layout.footerNoSale}</p>
            <p>${t.layout.footerFree}</p>
            <p><a href="/">${t.layout.home}</a></p>
          </div>
        </footer>
      </body>
    </html> `;
  return page;
}
