import { Messages } from '../i18n/messages';
import { SafeHtml, html } from '@rightsdesk/html';
import { layout } from './layout';

export type ErrorPageKind =
  | 'badRequest'
  | 'malformedText'
  | 'notFound'
  | 'gone'
  | 'tooManyRequests'
  | 'tooLarge'
  | 'conflict'
  | 'unavailable'
  | 'generic';

export interface ErrorViewModel {
  kind: ErrorPageKind;
  /** Where the error happened, for the language switch. */
  path: string;
  /** Too many requests: when trying again makes sense, in words ("in 15 minutes"). */
  retryWhen?: string;
}

/** An error in words a person can act on: never a stack trace, never a code. */
export function errorPage(vm: ErrorViewModel, t: Messages): SafeHtml {
  const text = t.error[vm.kind];
  const retry =
    (vm.kind === 'tooManyRequests' || vm.kind === 'unavailable') &&
    vm.retryWhen &&
    t.error.tooManyRequests.retry(vm.retryWhen);
  // A status or verify link that opens nothing was probably lost, replaced or mistyped.
  const lostLink =
    (vm.kind === 'notFound' || vm.kind === 'gone') && /^\/(status|verify)\//.test(vm.path);
  const body = html`<h1>${text.title}</h1>
    <p class="lead">${text.body}</p>
    ${retry && html`<p>${retry}</p>`}
    ${lostLink && html`<p>${t.find.lostLink} <a href="/find">${t.find.link}</a></p>`}
    <p><a href="/">${t.error.backHome}</a></p>`;
  return layout({ title: text.title, path: vm.path, body, noindex: true }, t);
}
