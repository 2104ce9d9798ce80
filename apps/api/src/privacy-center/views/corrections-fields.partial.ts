import { correctableFieldLabel } from '../i18n/labels';
import { FormRenderer } from './form-renderer';
import { SafeHtml, html } from '@rightsdesk/html';
import type { CorrectableDataset } from '@rightsdesk/data-map';
import { recordKindLabel } from '../i18n/labels';

/** Fields and kinds of record in the data map's words for people, in the person's language. */
export interface CorrectionLabels {
  field(field: string): string;
  kind(kind: string): string;
}

/** A person fixes a handful of things at once; more rows would make the form daunting. */
export const CORRECTION_ROWS = 5;

/**
 * Rows of (which field, correct value). Only fields the data map marks correctable are offered,
 * so a correction can never target an identifier such as the email (regs 7060, 7023).
 */
export function correctionsFields(
  form: FormRenderer,
  correctableFields: readonly string[],
  recordDataset?: CorrectableDataset,
  mapLabels?: CorrectionLabels,
): SafeHtml {
  const t = form.t;
  const f = t.requestForm;
  // The data map's words, the same the person reads in our answer; the catalogue's only for a
  // page drawn without a map.
  const labels: CorrectionLabels = mapLabels ?? {
    field: (field) => correctableFieldLabel(field, t),
    kind: (kind) => recordKindLabel(kind, t),
  };
  const options = correctableFields
    .map((field) => ({ value: field, label: labels.field(field) }))
    .sort((a, b) => a.label.localeCompare(b.label, t.lang));

  const rows = Array.from({ length: CORRECTION_ROWS }, (_, index) => {
    const row = f.correctionRow(index + 1);
    const fieldName = `corrections.${index}.field`;
    const valueName = `corrections.${index}.value`;
    const markup = html`<fieldset class="group">
      <legend>${row}</legend>
      ${form.select({ name: fieldName, label: f.correctionField, required: index === 0, emptyLabel: t.form.choose, options })}
      ${form.text({ name: valueName, label: f.correctionValue, autocomplete: 'off', maxlength: 1000 })}
    </fieldset>`;
    // In the error summary "Correct value" alone would not say which row.
    form.label(fieldName, `${row}: ${f.correctionField}`);
    form.label(valueName, `${row}: ${f.correctionValue}`);
    return markup;
  });

  return html`<h2>${f.correctionsLegend}</h2>
    <p class="hint">${f.correctionsHint}</p>
    ${rows} ${recordDataset ? recordFields(form, recordDataset, labels) : html``}
    ${form.text({ name: 'reason', multiline: true, maxlength: 2000, ...f.reason })}`;
}

/**
 * One of the person's records (an address) named by its kind, with its fields together: a new
 * street is entered beside its town and postal code, and blank fields stay as they are.
 */
function recordFields(
  form: FormRenderer,
  dataset: CorrectableDataset,
  labels: CorrectionLabels,
): SafeHtml {
  const t = form.t;
  const f = t.requestForm;
  const kinds = dataset.namedBy?.kinds ?? [];
  const grouped = dataset.together.flat();
  const fields = [...grouped, ...dataset.fields.filter((field) => !grouped.includes(field))];
  return html`<fieldset class="group">
    <legend>${f.recordLegend}</legend>
    <p class="hint">${f.recordHint}</p>
    <input type="hidden" name="record.dataset" value="${dataset.table}" />
    ${form.select({
      name: 'record.kind',
      label: f.recordWhich,
      emptyLabel: t.form.choose,
      options: kinds.map((kind) => ({ value: kind, label: labels.kind(kind) })),
    })}
    ${fields.map((field) =>
      form.text({
        name: `record.${field}`,
        label: labels.field(field),
        autocomplete: 'off',
        maxlength: 200,
      }),
    )}
  </fieldset>`;
}
