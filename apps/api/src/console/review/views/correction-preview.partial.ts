import type { AskedCorrection, CorrectionPreview } from '@rightsdesk/review';
import type { RecordWords } from '@rightsdesk/data-map';
import { SafeHtml, html } from '@rightsdesk/html';
import { say } from '../../i18n/console-words';

/**
 * A record a correction names, in the data map's words for people: "Billing address", or the
 * dataset with what the record reads, or the dataset alone.
 */
export function recordLabel(record: RecordWords): string {
  if (record.kind) return record.kind;
  if (record.where)
    return say('correction.record_where', {
      dataset: record.dataset,
      field: record.where.field,
      value: record.where.value,
    });
  return record.dataset;
}

/** What the person asked, in words: "Billing address: Address line 1 to “59 Riverside”". */
export function askedCorrection(entry: AskedCorrection): string {
  return say('correction.asked', {
    record: recordLabel(entry.record),
    changes: entry.changes
      .map(({ field, value }) => say('correction.change', { field, value }))
      .join('; '),
  });
}

function shown(value: string | null | undefined): string {
  return value === null || value === undefined || value === '' ? say('correction.empty') : value;
}

/**
 * Each correction's rows, read through the connector before anything changes: per row a checkbox
 * and a table of its fields now and after the correction, so the officer can narrow the rows.
 * The checkboxes are fields of the approve form.
 */
export function correctionPreviews(previews: readonly CorrectionPreview[]): SafeHtml {
  return html`${previews.map((preview) => {
    const record = recordLabel(preview.words.record);
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
                const now = preview.words.rows[position]?.[column];
                const changed = Object.hasOwn(preview.changes, column);
                return html`<tr>
                  <th scope="row">${preview.words.fields[column] ?? column}</th>
                  <td>${shown(now)}</td>
                  <td>
                    ${
                      changed
                        ? html`<strong>${shown(preview.changes[column])}</strong>`
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
