import { StaffPrincipal, STAFF_ROLE_LABELS } from '@rightsdesk/staff';
import { SafeHtml, html, raw } from '@rightsdesk/html';
import { CONSOLE_CSS } from './console.styles';

export { html, SafeHtml };

export interface ConsoleFlash {
  kind: 'success' | 'error';
  text: string;
}

export interface ConsolePageInput {
  /** The page's h1 text; also the start of the document title. */
  title: string;
  staff: StaffPrincipal;
  /** The page's content, already escaped (build it with `html`). */
  body: SafeHtml;
  flash?: ConsoleFlash;
  /** The path of this page, to mark its navigation link `aria-current` (optional). */
  current?: string;
  /** Prefixes the title with "Error:" so the problem is announced first (WCAG 3.3.1). */
  hasErrors?: boolean;
}

export const PRODUCT_NAME = 'Rightsdesk';

interface NavLink {
  href: string;
  label: string;
}

const MAIN_NAV: readonly NavLink[] = [
  { href: '/console/requests', label: 'Queue' },
  { href: '/console/letters', label: 'Print queue' },
  { href: '/console/reports', label: 'Reports' },
];

/** Administration: admins only (the pages refuse everyone else on the server as well). */
export const ADMIN_NAV: readonly NavLink[] = [
  { href: '/console/admin/users', label: 'Users' },
  { href: '/console/admin/api-keys', label: 'API keys' },
  { href: '/console/admin/data-map', label: 'Data map' },
  { href: '/console/admin/policy', label: 'Policy settings' },
  { href: '/console/admin/queue-health', label: 'Queue health' },
];

/** The hidden form field every console form carries (checked by @StaffPage on POST). */
export function csrfField(staff: Pick<StaffPrincipal, 'csrfToken'>): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${staff.csrfToken}" />`;
}

function navLinks(links: readonly NavLink[], current: string | undefined): SafeHtml[] {
  return links.map((link) => {
    const here =
      current !== undefined && (current === link.href || current.startsWith(`${link.href}/`));
    return html`<li>
      <a href="${link.href}" ${here && html` aria-current="page"`}>${link.label}</a>
    </li>`;
  });
}

function consoleNavigation(staff: StaffPrincipal, current: string | undefined): SafeHtml {
  const admin =
    staff.role === 'admin'
      ? html`<li class="nav-group"><a href="/console/admin">Administration</a>:</li>
          ${navLinks(ADMIN_NAV, current)}`
      : html``;
  return html`<nav class="console-nav" aria-label="Console">
    <div class="container">
      <ul>
        ${navLinks(MAIN_NAV, current)} ${admin}
        ${navLinks([{ href: '/console/account', label: 'Your account' }], current)}
      </ul>
    </div>
  </nav>`;
}

function flashMessage(flash: ConsoleFlash | undefined): SafeHtml {
  if (!flash) return html``;
  // A status message is announced without moving focus (WCAG 4.1.3); an error is an alert.
  return flash.kind === 'error'
    ? html`<div class="flash flash--error" role="alert"><p>${flash.text}</p></div>`
    : html`<div class="flash" role="status"><p>${flash.text}</p></div>`;
}

function documentShell(title: string, header: SafeHtml, nav: SafeHtml, main: SafeHtml): SafeHtml {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <meta name="robots" content="noindex, nofollow" />
        <title>${title}</title>
        ${
          // raw: CONSOLE_CSS is a constant written here (no one's input), and it stays one raw
          // string because the CSP allows this style by the hash of its exact text.
          raw(`<style>${CONSOLE_CSS}</style>`)
        }
      </head>
      <body>
        <a class="skip-link" href="#main">Skip to main content</a>
        ${header} ${nav}
        <main id="main" tabindex="-1">
          <div class="container">${main}</div>
        </main>
      </body>
    </html> `;
}

/**
 * A console page: who is signed in and their role, a sign-out button, the navigation their
 * role may use, and the page in a main landmark. No script; styles by CSP hash.
 */
export function renderConsolePage(input: ConsolePageInput): SafeHtml {
  const { staff } = input;
  const title = `${input.hasErrors ? 'Error: ' : ''}${input.title} – ${PRODUCT_NAME} console`;
  const header = html`<header class="site-header console-header">
    <div class="container">
      <a class="site-name" href="/console">${PRODUCT_NAME} console</a>
      <div class="signed-in">
        Signed in as <strong>${staff.name}</strong> (${STAFF_ROLE_LABELS[staff.role]})
        <form method="post" action="/console/sign-out">
          ${csrfField(staff)}
          <button type="submit" class="link-button">Sign out</button>
        </form>
      </div>
    </div>
  </header>`;
  const main = html`${flashMessage(input.flash)}
    <h1>${input.title}</h1>
    ${input.body}`;
  return documentShell(title, header, consoleNavigation(staff, input.current), main);
}

/** Pages before sign-in (sign-in, second step, password links, errors): no navigation. */
export function renderSignedOutPage(input: {
  title: string;
  body: SafeHtml;
  flash?: ConsoleFlash;
  hasErrors?: boolean;
}): SafeHtml {
  const title = `${input.hasErrors ? 'Error: ' : ''}${input.title} – ${PRODUCT_NAME} console`;
  const header = html`<header class="site-header console-header">
    <div class="container">
      <a class="site-name" href="/console/sign-in">${PRODUCT_NAME} console</a>
    </div>
  </header>`;
  const main = html`${flashMessage(input.flash)}
    <h1>${input.title}</h1>
    ${input.body}`;
  return documentShell(title, header, html``, main);
}
