import {
  SUBMITTABLE_TYPES,
  US_STATE_NAMES,
  postalCountryOptions,
  residenceCountryOptions,
} from '@rightsdesk/domain';
import { INTAKE_DOCUMENT_FIELD, STAFF_INTAKE_MANNERS } from '@rightsdesk/intake';
import { StaffPrincipal } from '@rightsdesk/staff';
import { SafeHtml, html } from '@rightsdesk/html';
import { zoneInWords } from '@rightsdesk/messages';
import { say } from '../../i18n/console-words';
import { selectField } from '../../review/views/review-fields';
import { MANNER_LABELS, TYPE_LABELS } from '../../review/views/review-words';
import {
  ConsoleFieldError,
  consoleErrorSummary,
  consoleFieldId,
  consoleTextField,
  errorFor,
} from '../../views/console-forms';
import { csrfField, renderConsolePage } from '../../views/console-layout';
import {
  IntakeFormValues,
  RECORD_FIELD_PREFIX,
  RecordDatasetChoice,
  textOf,
} from '../intake-form.input';

/** The purposes the shop asks consent for, as the data map's consents table names them. */
const CONSENT_PURPOSES = [
  'marketing_email',
  'marketing_sms',
  'personalization',
  'analytics',
  'third_party_sharing',
] as const;

export interface IntakeFormPageInput {
  staff: StaffPrincipal;
  errors: readonly ConsoleFieldError[];
  values: IntakeFormValues;
  /** The company's zone: the time the letter or call came in is read in it. */
  timeZone: string;
  /** Fields of datasets with one record per person (phone, first name). */
  correctableFields: readonly string[];
  recordDataset: RecordDatasetChoice | undefined;
  /** The data map's words for people: a field, the named records' dataset, a kind of record. */
  labels: {
    field(field: string): string;
    recordDataset(): string;
    kind(kind: string): string;
  };
}

export const INTAKE_PATH = '/console/intake';

function value(values: IntakeFormValues, name: string): string | undefined {
  return textOf(values, name);
}

function text(
  input: IntakeFormPageInput,
  name: string,
  label: string,
  extra: { hint?: string; required?: boolean; width?: 'short' | 'medium'; type?: 'email' } = {},
): SafeHtml {
  return consoleTextField({
    name,
    label,
    value: value(input.values, name),
    error: errorFor(input.errors, name),
    maxlength: 200,
    ...extra,
  });
}

function select(
  input: IntakeFormPageInput,
  name: string,
  label: string,
  choices: ReadonlyArray<readonly [string, string]>,
  extra: { empty?: string; required?: boolean; fallback?: string } = {},
): SafeHtml {
  return selectField({
    name,
    label,
    choices,
    selected: value(input.values, name) ?? extra.fallback,
    empty: extra.empty,
    required: extra.required,
    error: errorFor(input.errors, name),
  });
}

function typeFieldsets(input: IntakeFormPageInput): SafeHtml {
  const { recordDataset } = input;
  const fieldChoices: Array<readonly [string, string]> = [
    ...input.correctableFields.map((field) => [field, input.labels.field(field)] as const),
    ...(recordDataset?.fields ?? []).map(
      (field) =>
        [
          `${RECORD_FIELD_PREFIX}${field}`,
          say('intake.correction.recordField', {
            record: input.labels.recordDataset(),
            field: input.labels.field(field),
          }),
        ] as const,
    ),
  ];
  const ticked = new Set([input.values.purposes ?? []].flat());
  const purposesError = errorFor(input.errors, 'purposes');
  const purposeId = consoleFieldId('purposes');
  const purposeChoices = [
    ['all', say('intake.purpose.all')],
    ...CONSENT_PURPOSES.map((purpose) => [purpose, say(`intake.purpose.${purpose}`)]),
  ];
  return html`<fieldset class="field">
      <legend>${say('intake.access.legend')}</legend>
      ${select(
        input,
        'scope',
        say('intake.access.scope'),
        [
          ['copy', say('request.askedFor.scope.copy')],
          ['categories', say('request.askedFor.scope.categories')],
        ],
        { fallback: 'copy' },
      )}
    </fieldset>
    <fieldset class="field">
      <legend>${say('intake.correction.legend')}</legend>
      ${select(input, 'correction.field', say('intake.correction.field'), fieldChoices, {
        empty: say('intake.choose'),
      })}
      ${
        recordDataset?.kinds.length &&
        select(
          input,
          'correction.record',
          say('intake.correction.record'),
          recordDataset.kinds.map((kind) => [kind, input.labels.kind(kind)] as const),
          { empty: say('intake.correction.anyRecord') },
        )
      }
      ${text(input, 'correction.value', say('intake.correction.value'))}
    </fieldset>
    <fieldset
      class="field${purposesError ? ' field--error' : ''}"
      ${purposesError && html`aria-describedby="${purposeId}-error"`}
    >
      <legend>${say('intake.purposes.legend')}</legend>
      ${
        purposesError &&
        html`<p class="error-message" id="${purposeId}-error">
          <span class="visually-hidden">${say('form.errorPrefix')}</span> ${purposesError}
        </p>`
      }
      ${purposeChoices.map(([purpose, label], index) => {
        const id = index === 0 ? purposeId : `${purposeId}-${index}`;
        return html`<div class="choice">
          <input
            id="${id}"
            name="purposes"
            type="checkbox"
            value="${purpose}"
            ${ticked.has(purpose) && html`checked`}
          />
          <label for="${id}">${label}</label>
        </div>`;
      })}
    </fieldset>`;
}

function personFieldset(input: IntakeFormPageInput): SafeHtml {
  const states = Object.entries(US_STATE_NAMES).map(([code, name]) => [code, name] as const);
  return html`<fieldset class="field">
    <legend>${say('intake.person.legend')}</legend>
    ${text(input, 'name', say('intake.person.name'), { required: true })}
    ${text(input, 'email', say('intake.person.email'), {
      type: 'email',
      hint: say('intake.person.emailHint'),
    })}
    ${text(input, 'phone', say('intake.person.phone'), { width: 'medium' })}
    ${text(input, 'orderNumber', say('intake.person.orderNumber'), {
      width: 'medium',
      hint: say('intake.person.orderNumberHint'),
    })}
    ${text(input, 'postalAddress.line1', say('intake.address.line1'))}
    ${text(input, 'postalAddress.line2', say('intake.address.line2'))}
    ${text(input, 'postalAddress.city', say('intake.address.city'), { width: 'medium' })}
    ${text(input, 'postalAddress.region', say('intake.address.region'), { width: 'medium' })}
    ${text(input, 'postalAddress.postalCode', say('intake.address.postalCode'), { width: 'short' })}
    ${select(
      input,
      'postalAddress.country',
      say('intake.address.country'),
      postalCountryOptions('en').map((option) => [option.value, option.label] as const),
      { fallback: 'US' },
    )}
    ${select(
      input,
      'residence.country',
      say('intake.residence.country'),
      [
        ...residenceCountryOptions('en').map((option) => [option.value, option.label] as const),
        ['ZZ', say('intake.residence.other')],
      ],
      { empty: say('intake.residence.unknown') },
    )}
    ${select(input, 'residence.region', say('intake.residence.region'), states, {
      empty: say('intake.residence.noState'),
    })}
    ${select(input, 'language', say('intake.person.language'), [
      ['en', say('language.en')],
      ['es', say('language.es')],
    ])}
    ${select(
      input,
      'answerChannel',
      say('intake.person.answerChannel'),
      [
        ['postal', say('channel.postal')],
        ['email', say('channel.email')],
      ],
      { fallback: 'postal' },
    )}
  </fieldset>`;
}

function arrivalFieldset(input: IntakeFormPageInput): SafeHtml {
  const documentError = errorFor(input.errors, INTAKE_DOCUMENT_FIELD);
  const documentId = consoleFieldId(INTAKE_DOCUMENT_FIELD);
  const zone = zoneInWords(input.timeZone, 'en');
  return html`<fieldset class="field">
    <legend>${say('intake.arrival.legend')}</legend>
    ${select(
      input,
      'manner',
      say('intake.arrival.manner'),
      STAFF_INTAKE_MANNERS.map((manner) => [manner, MANNER_LABELS[manner]] as const),
      { empty: say('intake.choose'), required: true },
    )}
    ${text(input, 'receivedOn', say('intake.arrival.receivedOn'), {
      required: true,
      width: 'short',
      hint: say('intake.arrival.receivedOnHint'),
    })}
    ${text(input, 'receivedTime', say('intake.arrival.receivedTime', { zone }), {
      required: true,
      width: 'short',
      hint: say('intake.arrival.receivedTimeHint', { zone }),
    })}
    <div class="field${documentError ? ' field--error' : ''}">
      <label for="${documentId}">${say('intake.arrival.document')}</label>
      <p class="hint" id="${documentId}-hint">${say('intake.arrival.documentHint')}</p>
      ${
        documentError &&
        html`<p class="error-message" id="${documentId}-error">
          <span class="visually-hidden">${say('form.errorPrefix')}</span> ${documentError}
        </p>`
      }
      <input
        id="${documentId}"
        name="${INTAKE_DOCUMENT_FIELD}"
        type="file"
        accept="application/pdf,image/jpeg,image/png"
        aria-describedby="${documentId}-hint${documentError ? ` ${documentId}-error` : ''}"
        ${documentError && html`aria-invalid="true"`}
      />
    </div>
  </fieldset>`;
}

/**
 * The console's form for a request that came by letter, phone, email to support or in person:
 * what was asked, who asked, how and when it reached the company (the clock starts then), and
 * the scanned letter or call note. No script; every field is reachable by keyboard.
 */
export function intakeFormPage(input: IntakeFormPageInput): SafeHtml {
  const fromMessage = value(input.values, 'mailboxMessage');
  const body = html`<p>${say(fromMessage ? 'mailbox.intake.from' : 'intake.intro')}</p>
    ${consoleErrorSummary(input.errors)}
    <form method="post" action="${INTAKE_PATH}" enctype="multipart/form-data" novalidate>
      ${csrfField(input.staff)}
      ${fromMessage && html`<input type="hidden" name="mailboxMessage" value="${fromMessage}" />`}
      ${select(
        input,
        'type',
        say('intake.type'),
        SUBMITTABLE_TYPES.map((type) => [type, TYPE_LABELS[type]] as const),
        { empty: say('intake.choose'), required: true },
      )}
      <p class="hint">${say('intake.typeHint')}</p>
      ${typeFieldsets(input)} ${personFieldset(input)} ${arrivalFieldset(input)}
      <button type="submit" class="button">${say('intake.submit')}</button>
    </form>`;
  return renderConsolePage({
    title: say('intake.title'),
    staff: input.staff,
    body,
    current: INTAKE_PATH,
    hasErrors: input.errors.length > 0,
  });
}
