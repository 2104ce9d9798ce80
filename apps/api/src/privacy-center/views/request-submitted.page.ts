import { RequestType } from '@rightsdesk/domain';
import { Messages } from '../i18n/messages';
import { SafeHtml, html } from '@rightsdesk/html';
import { layout } from './layout';

export interface RequestSubmittedViewModel {
  reference: string;
  type: RequestType;
  /** The address the person typed; shown back so they can spot a typo (it is their own). */
  email: string;
  /** When we answer at the latest, already in the page's language ("9 January 2027"). */
  dueText: string;
  /** Said where the person's law does not give this right and the company honours it anyway. */
  courtesy?: string;
  /** Token of /verify/:token; absent when the type needs no proof of identity (consent). */
  verifyToken?: string;
  /** Token of /status/:token. */
  statusToken: string;
  /** Where this page can be loaded again, for the language switch; the status page otherwise. */
  path?: string;
}

/** Shown after POST /requests succeeds (ideally as the target of a 303 redirect). */
export function requestSubmittedPage(vm: RequestSubmittedViewModel, t: Messages): SafeHtml {
  const s = t.submitted;
  const verifyPath = vm.verifyToken && `/verify/${encodeURIComponent(vm.verifyToken)}`;
  const statusPath = `/status/${encodeURIComponent(vm.statusToken)}`;

  const body = html`<div class="panel panel--confirm">
      <h1>${s.title}</h1>
      <p>${s.referenceLabel}<br /><strong class="reference">${vm.reference}</strong></p>
    </div>
    ${
      verifyPath
        ? html`<p>${s.codeSent(vm.email)}</p>
            <p>${s.codeNext}</p>
            <p><a class="button" href="${verifyPath}">${s.verifyLink}</a></p>
            <p class="hint">${s.noEmail}</p>`
        : html`<p>${s.noVerification}</p>`
    }
    <h2>${s.nextHeading}</h2>
    <ol>
      ${verifyPath && html`<li>${s.nextVerify}</li>`}
      <li>${s.nextSearch}</li>
      <li>${s.nextAnswer(vm.dueText)}</li>
    </ol>
    ${vm.courtesy && html`<p>${vm.courtesy}</p>`}
    <p>${s.keepReference}</p>
    <p><a href="${statusPath}">${s.statusLink}</a></p>`;

  return layout({ title: s.title, path: vm.path ?? statusPath, body, noindex: true }, t);
}
