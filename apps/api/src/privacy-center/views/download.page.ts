import { Messages } from '../i18n/messages';
import { FormRenderer } from './form-renderer';
import { FieldError, FormValues } from './form-state';
import { SafeHtml, html } from '@rightsdesk/html';
import { layout } from './layout';

export interface DownloadViewModel {
  statusToken: string;
  reference: string;
  csrfToken: string;
  /** The last day the package can be downloaded, in words. */
  availableUntil: string;
  codeMinutes: number;
  grantMinutes: number;
  /** The right code was entered a short while ago: offer the file itself. */
  granted: boolean;
  /** A code was sent and still works: ask for it. */
  codeOpen: boolean;
  notice?: string;
  errors?: readonly FieldError[];
  values?: FormValues;
}

/** The `send` field stands for the "email me a code" button, so errors can link to it. */
export const SEND_CODE_FIELD = 'send';

export const downloadPath = (statusToken: string) =>
  `/status/${encodeURIComponent(statusToken)}/download`;

/**
 * GET /status/:token/download: a fresh emailed code before the package is released (GDPR 12(3),
 * 32), then a button that downloads it while the grant lasts. Works without JavaScript.
 */
export function downloadPage(vm: DownloadViewModel, t: Messages): SafeHtml {
  const d = t.download;
  const path = downloadPath(vm.statusToken);
  const form = new FormRenderer(t, vm.errors, vm.values);
  const codeForm =
    vm.codeOpen && !vm.granted
      ? html`<form method="post" action="${path}" novalidate>
          ${form.csrf(vm.csrfToken)}
          ${form.text({
            name: 'code',
            required: true,
            autocomplete: 'one-time-code',
            inputmode: 'numeric',
            maxlength: 6,
            width: 'short',
            ...d.code,
          })}
          <button type="submit" class="button">${d.submit}</button>
        </form>`
      : html``;
  const sendForm = vm.granted ? html`` : sendCodeForm(form, vm, path);
  const body = html`<h1>${d.title}</h1>
    ${form.errorSummary()}
    ${vm.notice && html`<div class="panel panel--confirm" role="status"><p>${vm.notice}</p></div>`}
    <p class="lead">${d.intro}</p>
    <p>${t.status.referenceLabel}: <strong class="reference">${vm.reference}</strong></p>
    <p>${d.availableUntil(vm.availableUntil)}</p>
    <p>${d.contents}</p>
    ${
      vm.granted &&
      html`<section aria-labelledby="ready-heading">
        <h2 id="ready-heading">${d.readyHeading}</h2>
        <p><a class="button" href="${path}/file" download>${d.downloadButton}</a></p>
        <p class="hint">${d.readyHint(vm.grantMinutes)}</p>
      </section>`
    }
    ${codeForm} ${sendForm}
    <p><a href="/status/${encodeURIComponent(vm.statusToken)}">${d.backToStatus}</a></p>`;
  return layout({ title: d.title, path, body, hasErrors: form.state.hasErrors, noindex: true }, t);
}

function sendCodeForm(form: FormRenderer, vm: DownloadViewModel, path: string): SafeHtml {
  const d = form.t.download;
  const label = vm.codeOpen ? d.sendAgainButton : d.sendButton;
  form.label(SEND_CODE_FIELD, label);
  return html`<section aria-labelledby="send-heading">
    <h2 id="send-heading">${d.sendHeading}</h2>
    <p class="hint">${d.sendHint(vm.codeMinutes)}</p>
    <form method="post" action="${path}/code">
      ${form.csrf(vm.csrfToken)}
      <button
        type="submit"
        class="button${vm.codeOpen ? ' button--secondary' : ''}"
        id="${SEND_CODE_FIELD}"
      >
        ${label}
      </button>
    </form>
  </section>`;
}

/** 410: the package's days are over; it cannot be downloaded any more. */
export function downloadGonePage(vm: { statusToken: string; reference: string }, t: Messages) {
  const d = t.download;
  const body = html`<h1>${d.goneTitle}</h1>
    <p class="lead">${d.goneBody}</p>
    <p>${t.status.referenceLabel}: <strong class="reference">${vm.reference}</strong></p>
    <p><a href="/status/${encodeURIComponent(vm.statusToken)}">${d.backToStatus}</a></p>`;
  return layout({ title: d.goneTitle, path: downloadPath(vm.statusToken), body, noindex: true }, t);
}
