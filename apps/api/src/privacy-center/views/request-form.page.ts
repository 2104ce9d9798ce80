import type { CorrectableDataset } from '@rightsdesk/data-map';
import { SubmittableType } from '@rightsdesk/domain';
import { Messages } from '../i18n/messages';
import { agentFields } from './agent-fields.partial';
import { contactFields } from './contact-fields.partial';
import type { CorrectionLabels } from './corrections-fields.partial';
import { FormRenderer } from './form-renderer';
import { FieldError, FormValues } from './form-state';
import { SafeHtml, html } from '@rightsdesk/html';
import { layout } from './layout';
import { deleteWarning, requestTypeFields } from './request-type-fields.partial';
import { timeZoneField } from './time-zone-field.partial';

export interface RequestFormViewModel {
  type: SubmittableType;
  csrfToken: string;
  /** Correct only: the data-map fields marked `correctable: true`, by their map names. */
  correctableFields?: readonly string[];
  /** Correct only: the dataset whose records a person names by kind (their addresses). */
  recordDataset?: CorrectableDataset;
  /** Correct only: fields and kinds of record in the data map's words for people. */
  correctionLabels?: CorrectionLabels;
  /** Withdraw consent only: purposes to offer; the data map's consent purposes by default. */
  purposes?: readonly string[];
  /** After a failed submission: problems named by form field (`postalAddress.line1`). */
  errors?: readonly FieldError[];
  /** After a failed submission: what the person typed (the posted body). */
  values?: FormValues;
}

/** GET /requests/new/:type, and the same page re-rendered when its POST has problems. */
export function requestFormPage(vm: RequestFormViewModel, t: Messages): SafeHtml {
  const form = new FormRenderer(t, vm.errors, vm.values);
  const title = t.requestTypes[vm.type].title;
  // The type's own question comes first: people think "what do I want" before "who am I".
  const fields = html`${requestTypeFields(form, vm)} ${contactFields(form, vm.type)}
  ${agentFields(form)}`;

  const body = html`<h1>${title}</h1>
    ${form.errorSummary()}
    <p class="lead">${t.requestForm.intro[vm.type]}</p>
    ${vm.type === 'delete' && deleteWarning(t)}
    <form method="post" action="/requests/new/${vm.type}" enctype="multipart/form-data" novalidate>
      <input type="hidden" name="lang" value="${t.lang}" />
      ${form.csrf(vm.csrfToken)} ${timeZoneField(vm.values)} ${fields}
      <p class="hint">${t.requestForm.privacyNote}</p>
      <button type="submit" class="button">${t.requestForm.submit}</button>
    </form>`;

  return layout(
    { title, path: `/requests/new/${vm.type}`, body, hasErrors: form.state.hasErrors },
    t,
  );
}
