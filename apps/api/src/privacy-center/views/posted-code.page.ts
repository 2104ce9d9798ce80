import { SafeHtml, html } from '@rightsdesk/html';
import { Messages } from '../i18n/messages';
import { companyAddress, POSTED_CODE_PATH } from './find.page';
import { FormRenderer } from './form-renderer';
import { FieldError, FormValues } from './form-state';
import { CompanyContact } from './home.page';
import { layout } from './layout';
import { codeInput, referenceInput } from './reference-and-code.fields';

export interface PostedCodeViewModel {
  csrfToken: string;
  contact: CompanyContact;
  errors?: readonly FieldError[];
  values?: FormValues;
}

/** GET /verify/letter: the reference and the code a person without email got by post. */
export function postedCodePage(vm: PostedCodeViewModel, t: Messages): SafeHtml {
  const p = t.posted;
  const form = new FormRenderer(t, vm.errors, vm.values);
  const fields = html`${referenceInput(form, t.find.reference)} ${codeInput(form, p.code)}`;
  const body = html`<h1>${p.title}</h1>
    ${form.errorSummary()}
    <p class="lead">${p.intro}</p>
    <form method="post" action="${POSTED_CODE_PATH}" novalidate>
      ${form.csrf(vm.csrfToken)} ${fields}
      <button type="submit" class="button">${p.submit}</button>
    </form>
    <section aria-labelledby="posted-no-letter">
      <h2 id="posted-no-letter">${p.noLetterHeading}</h2>
      <p>${p.noLetter}</p>
      ${companyAddress(vm.contact)}
    </section>`;
  return layout(
    {
      title: p.title,
      path: POSTED_CODE_PATH,
      body,
      hasErrors: form.state.hasErrors,
      noindex: true,
    },
    t,
  );
}
