import { SafeHtml, html } from '@rightsdesk/html';
import { Messages } from '../i18n/messages';
import { FormRenderer } from './form-renderer';
import { FieldError, FormValues } from './form-state';
import { CompanyContact } from './home.page';
import { layout } from './layout';
import { codeInput, referenceInput } from './reference-and-code.fields';

export const FIND_PATH = '/find';
/** Where a person without email enters the reference and the code from our letter. */
export const POSTED_CODE_PATH = '/verify/letter';

export interface FindViewModel {
  csrfToken: string;
  contact: CompanyContact;
  errors?: readonly FieldError[];
  values?: FormValues;
}

/** GET /find: the reference and email of a request whose link was lost. */
export function findPage(vm: FindViewModel, t: Messages): SafeHtml {
  const f = t.find;
  const form = new FormRenderer(t, vm.errors, vm.values);
  const fields = html`${referenceInput(form, f.reference)}
  ${form.text({
    name: 'email',
    type: 'email',
    required: true,
    autocomplete: 'email',
    maxlength: 254,
    ...f.email,
  })}`;
  const body = html`<h1>${f.title}</h1>
    ${form.errorSummary()}
    <p class="lead">${f.intro}</p>
    <form method="post" action="${FIND_PATH}" novalidate>
      ${form.csrf(vm.csrfToken)} ${fields}
      <button type="submit" class="button">${f.submit}</button>
    </form>
    ${postSection(vm.contact, t)}`;
  return layout(
    { title: f.title, path: FIND_PATH, body, hasErrors: form.state.hasErrors, noindex: true },
    t,
  );
}

export interface FindCodeViewModel {
  csrfToken: string;
  contact: CompanyContact;
  reference: string;
  email: string;
  errors?: readonly FieldError[];
  code?: string;
}

/**
 * The answer to POST /find, the same whether or not the reference and email match: check your
 * email, then the code. The reference and email ride along in the form, never in a URL.
 */
export function findCodePage(vm: FindCodeViewModel, t: Messages): SafeHtml {
  const f = t.find;
  const form = new FormRenderer(t, vm.errors, vm.code ? { code: vm.code } : {});
  const codeField = codeInput(form, f.code);
  const body = html`<h1>${f.sentTitle}</h1>
    ${form.errorSummary()}
    <p class="lead">${f.sent}</p>
    <form method="post" action="${FIND_PATH}/code" novalidate>
      ${form.csrf(vm.csrfToken)}
      <input type="hidden" name="reference" value="${vm.reference}" />
      <input type="hidden" name="email" value="${vm.email}" />
      ${codeField}
      <p class="hint">${f.newLink}</p>
      <button type="submit" class="button">${f.codeSubmit}</button>
    </form>
    <h2>${f.notReceivedHeading}</h2>
    <p>${f.notReceived}</p>
    <p><a href="${FIND_PATH}">${f.startAgain}</a></p>
    ${postSection(vm.contact, t)}`;
  return layout(
    { title: f.sentTitle, path: FIND_PATH, body, hasErrors: form.state.hasErrors, noindex: true },
    t,
  );
}

/** Requests answered by post have no email to send a code to: how to reach the company. */
function postSection(contact: CompanyContact, t: Messages): SafeHtml {
  return html`<section aria-labelledby="find-post">
    <h2 id="find-post">${t.find.postHeading}</h2>
    <p>${t.find.post}</p>
    <p><a href="${POSTED_CODE_PATH}">${t.find.postedLink}</a></p>
    ${companyAddress(contact)}
    ${
      contact.supportEmail &&
      html`<p>
        ${t.home.supportEmail} <a href="mailto:${contact.supportEmail}">${contact.supportEmail}</a>
      </p>`
    }
  </section>`;
}

/** The company's postal address as an address block. */
export function companyAddress(contact: CompanyContact): SafeHtml {
  const address = [...(contact.name ? [contact.name] : []), ...contact.postalAddress];
  return html`<address>
    ${address.map((line, index) => html`${index > 0 && html`<br />`}${line}`)}
  </address>`;
}
