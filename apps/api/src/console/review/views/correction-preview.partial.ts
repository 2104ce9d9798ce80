import type { CorrectionPreview } from '@rightsdesk/review';
import type { CorrectionRecord } from '@rightsdesk/domain';
import { SafeHtml, html } from '@rightsdesk/html';
import { say } from '../../i18n/console-words';

/** A record a correction names, in words: "Billing address". */
export function recordLabel(table: string, record: CorrectionRecord | null): string {
  return record?.by === 'current_value'
    ? say('correction.record_by_value', { table, value: record.value })
    : say('correction.record', { table, kind: record?.value ?? 'none' });
}

/** A field in words: "Address line 1", never the column's name. */
export function fieldLabel(field: string): string {
  return say('correction.field', { field, plain: field.replace(/_/g, ' ') });
}

/** What the person asked, in words: "Billing address: Address line 1 to “59 Riverside”". */
export function askedCorrection(entry: {
  table: string;
  record: CorrectionRecord | null;
  changes: Record<string, string>;
}): string {
  return say('correction.asked', {
    record: recordLabel(entry.table, entry.record),
    changes: Object.entries(entry.changes)
      .map(([field, value]) => say('correction.change', { field: fieldLabel(field), value }))
      .join('; '),
  });
}

function shown(column: string, value: string | null): string {
  if (value === null || value === '') return say('correction.empty');
  return column === 'kind' ? say('correction.kind', { kind: value }) : value;
}

/**
 * Each correction's rows, read through the connector before anything changes: per row a checkbox
 * and a table of its fields now and after the correction, so the officer can narrow the rows.
 * The checkboxes are fields of the approve form.
 */
export function correctionPreviews(previews: readonly CorrectionPreview[]): SafeHtml {
  return html`${previews.map((preview) => {
    const record = recordLabel(preview.table, preview.record);
    const note = preview.error
      ? say('correction.error', { error: preview.error })
      : preview.rows.length === 0
        ? say('correction.none')
        : preview.record && preview.rows.length > 1
          ? say('correction.several')
          : '';
    return html`<section class="correction-preview">
      <h4>${say('correction.heading', { record })}</h4>
      ${note ? html`<p class="notice">${note}</p>` : html``}
      ${preview.rows.map((row, position) => {
        const id = `correction-${preview.index}-${position}`;
        return html`<fieldset class="group">
          <legend>
            <input
              type="checkbox"
              id="${id}"
              name="rows"
              value="${preview.index}:${row.key}"
              ${preview.suggested.includes(row.key) ? html`checked` : html``}
            />
            <label for="${id}">${say('correction.pick', { number: position + 1 })}</label>
          </legend>
          <table>
            <thead>
              <tr>
                <th scope="col">${say('correction.column')}</th>
                <th scope="col">${say('correction.now')}</th>
                <th scope="col">${say('correction.after')}</th>
              </tr>
            </thead>
            <tbody>
              ${preview.columns.map((column) => {
                const now = row.current[column] ?? null;
                const changed = Object.hasOwn(preview.changes, column);
                return html`<tr>
                  <th scope="row">${fieldLabel(column)}</th>
                  <td>${shown(column, now)}</td>
                  <td>
                    ${
                      changed
                        ? html`<strong>${shown(column, preview.changes[column] ?? null)}</strong>`
                        : say('correction.unchanged')
                    }
                  </td>
                </tr>`;
              })}
            </tbody>
          </table>
        </fieldset>`;
      })}
    </section>`;
  })}`;
}
