import { Messages } from '../i18n/messages';
import { FormRenderer } from './form-renderer';
import { FieldError, FormValues } from './form-state';
import { SafeHtml, html } from '@rightsdesk/html';
import { layout } from './layout';
import type { LawWords } from '../law-words';

export interface AppealViewModel {
  statusToken: string;
  reference: string;
  /** The appeal runs on the clock and complaint route of the appealed request's law. */
  law: LawWords;
  csrfToken: string;
  errors?: readonly FieldError[];
  values?: FormValues;
}

/** GET /status/:token/appeal: why the person disagrees, when we answer, where to complain. */
export function appealPage(vm: AppealViewModel, t: Messages): SafeHtml {
  const a = t.appeal;
  const form = new FormRenderer(t, vm.errors, vm.values);
  const statusPath = `/status/${encodeURIComponent(vm.statusToken)}`;
  const path = `${statusPath}/appeal`;
  const reason = form.text({
    name: 'reason',
    required: true,
    multiline: true,
    maxlength: 5000,
    ...a.reason,
  });

  const body = html`<h1>${a.title}</h1>
    ${form.errorSummary()}
    <p class="lead">${a.intro}</p>
    <p>${a.referenceLabel}: <strong class="reference">${vm.reference}</strong></p>
    <form method="post" action="${path}" novalidate>
      ${form.csrf(vm.csrfToken)} ${reason}
      <button type="submit" class="button">${a.submit}</button>
    </form>
    ${
      vm.law.appeal &&
      html`<h2>${a.deadlineHeading}</h2>
        <p>${a.deadline({ law: vm.law.appeal.law, period: vm.law.appeal.period })}</p>
        ${vm.law.appeal.extension && html`<p>${a.deadlineExtension(vm.law.appeal.extension)}</p>`}`
    }
    ${
      vm.law.authorities &&
      html`<h2>${a.complaintHeading}</h2>
        <p>${t.status.complain(vm.law.authorities)}</p>`
    }
    <p><a href="${statusPath}">${a.backToStatus}</a></p>`;

  return layout({ title: a.title, path, body, hasErrors: form.state.hasErrors, noindex: true }, t);
}
