import { Messages } from '../i18n/messages';
import { SafeHtml, html } from '@rightsdesk/html';
import { layout } from './layout';

export interface ConfirmLinkViewModel {
  linkToken: string;
  csrfToken: string;
  /**
   * `ask`: the button (a GET must never confirm: mail scanners open links). `done` or
   * `needsMore`: after the button, what follows.
   */
  state: 'ask' | 'done' | 'needsMore';
  /** After confirming: what happens next, in words (messages.statusNext). */
  next?: string;
}

/** GET /verify/link/:linkToken, the one-click link from the verification email. */
export function confirmLinkPage(vm: ConfirmLinkViewModel, t: Messages): SafeHtml {
  const c = t.confirmLink;
  const path = `/verify/link/${encodeURIComponent(vm.linkToken)}`;
  const body =
    vm.state === 'ask'
      ? html`<h1>${c.title}</h1>
          <p class="lead">${c.intro}</p>
          <form method="post" action="${path}">
            <input type="hidden" name="_csrf" value="${vm.csrfToken}" />
            <button type="submit" class="button">${c.button}</button>
          </form>
          <p class="hint">${c.why}</p>
          <p>${c.notYou}</p>`
      : html`<div class="panel panel--confirm" role="status">
            <h1>${c.title}</h1>
            <p>${vm.state === 'done' ? c.done : c.needsMore}</p>
          </div>
          ${
            vm.next &&
            html`<h2>${t.status.nextHeading}</h2>
              <p>${vm.next}</p>`
          }`;

  return layout({ title: c.title, path, body, noindex: true }, t);
}
