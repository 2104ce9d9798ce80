import type { CorrectableDataset } from '@rightsdesk/data-map';
import { SubmittableType } from '@rightsdesk/domain';
import { CONSENT_PURPOSES, ConsentPurpose } from '../i18n/consent-purposes';
import { purposeLabel } from '../i18n/labels';
import { Messages } from '../i18n/messages';
import { CorrectionLabels, correctionsFields } from './corrections-fields.partial';
import { FormRenderer } from './form-renderer';
import { SafeHtml, html } from '@rightsdesk/html';

export interface RequestTypeFieldsInput {
  type: SubmittableType;
  correctableFields?: readonly string[];
  recordDataset?: CorrectableDataset;
  /** Correct only: fields and kinds of record in the data map's words for people. */
  correctionLabels?: CorrectionLabels;
  purposes?: readonly string[];
}

/** What deletion means, said before the person commits to it (regs 7022; Art. 17(3)). */
export function deleteWarning(t: Messages): SafeHtml {
  const f = t.requestForm;
  return html`<section class="warning" aria-labelledby="delete-warning-title">
    <h2 id="delete-warning-title">${f.deleteHeading}</h2>
    <ul>
      ${f.deletePoints.map((point) => html`<li>${point}</li>`)}
    </ul>
    <p><a href="/requests/new/withdraw_consent">${f.deleteAlternative}</a></p>
  </section>`;
}

/** The part of the form that differs per request type. */
export function requestTypeFields(form: FormRenderer, input: RequestTypeFieldsInput): SafeHtml {
  const t = form.t;
  const f = t.requestForm;
  switch (input.type) {
    case 'access':
      // A full copy is what most people mean; it matches the API's default scope.
      return form.choices({
        kind: 'radio',
        name: 'scope',
        legend: f.scopeLegend,
        defaults: ['copy'],
        options: [
          { value: 'categories', ...f.scopeCategories },
          { value: 'copy', ...f.scopeCopy },
        ],
      });
    case 'correct':
      return correctionsFields(
        form,
        input.correctableFields ?? [],
        input.recordDataset,
        input.correctionLabels,
      );
    case 'withdraw_consent': {
      const purposes = input.purposes ?? CONSENT_PURPOSES;
      const options = purposes.map((purpose) => {
        const hint = Object.hasOwn(t.purposes, purpose)
          ? t.purposes[purpose as ConsentPurpose].hint
          : undefined;
        return { value: purpose, label: purposeLabel(purpose, t), hint };
      });
      return form.choices({
        kind: 'checkbox',
        name: 'purposes',
        legend: f.purposesLegend,
        hint: f.purposesHint,
        required: true,
        options: [{ value: 'all', ...f.purposesAll }, ...options],
      });
    }
    case 'delete':
      return html``;
  }
}
