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
  /** A confirmation shown above the forms, e.g. that a new code is being posted. */
  notice?: string;
  errors?: readonly FieldError[];
  values?: FormValues;
}

/** Where a person without email asks for a new code by post. */
export const NEW_POSTED_CODE_PATH = `${POSTED_CODE_PATH}/code`;

/** The reference field of the new-code form, apart from the first form's. */
export const NEW_CODE_REFERENCE_FIELD = 'newCodeReference';

/** GET /verify/letter: the reference and the code a person without email got by post. */
export function postedCodePage(vm: PostedCodeViewModel, t: Messages): SafeHtml {
  const p = t.posted;
  const form = new FormRenderer(t, vm.errors, vm.values);
  const fields = html`${referenceInput(form, t.find.reference)} ${codeInput(form, p.code)}`;
  const body = html`<h1>${p.title}</h1>
    ${form.errorSummary()}
    ${vm.notice && html`<div class="panel panel--confirm" role="status"><p>${vm.notice}</p></div>`}
    <p class="lead">${p.intro}</p>
    <form method="post" action="${POSTED_CODE_PATH}" novalidate>
      ${form.csrf(vm.csrfToken)} ${fields}
      <button type="submit" class="button">${p.submit}</button>
    </form>
    <section aria-labelledby="posted-new-code">
      <h2 id="posted-new-code">${p.newCodeHeading}</h2>
      <p class="hint">${p.newCodeHint}</p>
      <form method="post" action="${NEW_POSTED_CODE_PATH}" novalidate>
        ${form.csrf(vm.csrfToken)}
        ${form.text({
          name: NEW_CODE_REFERENCE_FIELD,
          required: true,
          autocomplete: 'off',
          maxlength: 20,
          width: 'medium',
          ...t.find.reference,
        })}
        <button type="submit" class="button button--secondary">${p.newCodeButton}</button>
      </form>
    </section>
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
