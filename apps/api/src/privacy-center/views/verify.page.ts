import { Messages } from '../i18n/messages';
import { FormRenderer } from './form-renderer';
import { FieldError, FormValues } from './form-state';
import { SafeHtml, html } from '@rightsdesk/html';
import { layout } from './layout';

/** Data points the verify page can ask for, as the use case compares them (regs 7062). */
export type AskedDataPoint = 'name' | 'phone' | 'postal_address' | 'last_order_number';

export interface VerifyViewModel {
  statusToken: string;
  reference: string;
  csrfToken: string;
  /** False once the emailed code was accepted: only the extra details are still needed. */
  askCode: boolean;
  /** The person has no email: their code came, and a new one goes, by post. */
  byPost?: boolean;
  /** Extra data points, when the request's tier needs more than the code. */
  dataPoints: readonly AskedDataPoint[];
  /** A full copy under the CCPA needs the declaration under penalty of perjury (regs 7062(c)). */
  askDeclaration: boolean;
  /** A confirmation shown above the form, e.g. "We sent you a new code". */
  notice?: string;
  errors?: readonly FieldError[];
  values?: FormValues;
}

/** The `resend` field stands for the "send a new code" button, so errors can link to it. */
export const RESEND_FIELD = 'resend';

/**
 * GET /verify/:token: the code (emailed, or posted to a person without email), any extra details,
 * and a way to get a new code.
 */
export function verifyPage(vm: VerifyViewModel, t: Messages): SafeHtml {
  const v = t.verify;
  const form = new FormRenderer(t, vm.errors, vm.values);
  const path = `/verify/${encodeURIComponent(vm.statusToken)}`;
  const fields = html`${vm.askCode && codeField(form, vm.byPost)}
  ${vm.dataPoints.length > 0 && dataPointFields(form, vm.dataPoints)}
  ${
    vm.askDeclaration &&
    html`<fieldset class="group">
      <legend>${v.declarationLegend}</legend>
      ${form.checkbox({ name: 'declaration', ...v.declaration })}
    </fieldset>`
  }`;
  const resend = vm.askCode ? resendForm(form, path, vm.csrfToken, vm.byPost) : html``;
  const intro = vm.byPost ? v.introPosted : v.intro;

  const body = html`<h1>${v.title}</h1>
    ${form.errorSummary()}
    ${vm.notice && html`<div class="panel panel--confirm" role="status"><p>${vm.notice}</p></div>`}
    <p class="lead">${vm.askCode ? intro : v.moreHint}</p>
    <p>${t.status.referenceLabel}: <strong class="reference">${vm.reference}</strong></p>
    <form method="post" action="${path}" novalidate>
      ${form.csrf(vm.csrfToken)} ${fields}
      <button type="submit" class="button">${v.submit}</button>
    </form>
    ${resend}`;

  return layout({ title: v.title, path, body, hasErrors: form.state.hasErrors, noindex: true }, t);
}

function codeField(form: FormRenderer, byPost = false): SafeHtml {
  return form.text({
    name: 'code',
    required: true,
    autocomplete: 'one-time-code',
    inputmode: 'numeric',
    maxlength: 6,
    width: 'short',
    ...(byPost ? form.t.verify.codePosted : form.t.verify.code),
  });
}

function dataPointFields(form: FormRenderer, points: readonly AskedDataPoint[]): SafeHtml {
  const v = form.t.verify;
  return html`<fieldset class="group" aria-describedby="more-hint">
    <legend>${v.moreLegend}</legend>
    <p class="hint" id="more-hint">${v.moreHint}</p>
    ${points.includes('name') && form.text({ name: 'name', label: v.name, autocomplete: 'name', maxlength: 200 })}
    ${points.includes('phone') && form.text({ name: 'phone', label: v.phone, type: 'tel', autocomplete: 'tel', width: 'medium', maxlength: 20 })}
    ${
      points.includes('postal_address') &&
      html`${form.text({ name: 'postalAddress.line1', label: v.line1, autocomplete: 'address-line1', maxlength: 200 })}
      ${form.text({ name: 'postalAddress.postalCode', label: v.postalCode, autocomplete: 'postal-code', width: 'short', maxlength: 20 })}`
    }
    ${points.includes('last_order_number') && form.text({ name: 'lastOrderNumber', width: 'medium', maxlength: 64, ...v.lastOrderNumber })}
  </fieldset>`;
}

function resendForm(form: FormRenderer, path: string, csrfToken: string, byPost = false): SafeHtml {
  const v = form.t.verify;
  const button = byPost ? v.resendPostedButton : v.resendButton;
  form.label(RESEND_FIELD, button);
  return html`<section aria-labelledby="resend-heading">
    <h2 id="resend-heading">${v.resendHeading}</h2>
    <p class="hint">${byPost ? v.resendPostedHint : v.resendHint}</p>
    <form method="post" action="${path}/code">
      ${form.csrf(csrfToken)}
      <button type="submit" class="button button--secondary" id="${RESEND_FIELD}">${button}</button>
    </form>
  </section>`;
}
