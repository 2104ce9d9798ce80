import { Messages } from '../i18n/messages';
import { SafeHtml, html } from '@rightsdesk/html';

export interface TimelineRow {
  /** When, already in words in the company's time zone. */
  when: string;
  what: string;
}

/** What has happened so far, oldest first, as a table with headers (WCAG 1.3.1). */
export function timelineTable(rows: readonly TimelineRow[], t: Messages): SafeHtml {
  const s = t.status;
  if (rows.length === 0) return html`<p>${s.timelineEmpty}</p>`;
  return html`<table>
    <caption class="visually-hidden">
      ${s.timelineHeading}
    </caption>
    <thead>
      <tr>
        <th scope="col">${s.timelineWhen}</th>
        <th scope="col">${s.timelineWhat}</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (row) =>
          html`<tr>
            <td>${row.when}</td>
            <td>${row.what}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}
