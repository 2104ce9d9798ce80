import { say, sayHtml, wordsFor } from '../../i18n/console-words';
import type { DataMapDraft } from '@rightsdesk/live-config';
import type { DataMapChange } from '@rightsdesk/data-map';
import type { StaffPrincipal } from '@rightsdesk/staff';
import { csrfField, html, SafeHtml, renderConsolePage } from '../../views/console-layout';
import { consoleErrorSummary, consoleFieldId } from '../../views/console-forms';

const CURRENT = '/console/admin/data-map';

const KINDS: ReadonlyArray<DataMapChange['kind']> = ['added', 'removed', 'changed'];
const KIND_WORDS = wordsFor('draft.kind.', KINDS);

/** The change table's columns, in order. */
const COLUMNS = ['change', 'what', 'setting', 'before', 'after'] as const;

/** A draft's changes against the active version, and the confirmed activation form. */
export function draftPage(
  staff: StaffPrincipal,
  draft: DataMapDraft,
  options: { error?: string } = {},
): SafeHtml {
  const errors = options.error ? [{ field: 'confirm', message: options.error }] : [];
  const body = html`${consoleErrorSummary(errors)}
    <p class="lead">
      ${say('draft.intro', { comparedWith: draft.comparedWith, wouldBecome: draft.wouldBecome })}
    </p>
    ${
      draft.documentVersion !== draft.wouldBecome &&
      html`<p>
        ${sayHtml('draft.documentVersion', {
          declared: html`<code
            >${say('draft.documentVersionCode', { version: draft.documentVersion })}</code
          >`,
          wouldBecome: draft.wouldBecome,
        })}
      </p>`
    }
    <h2>${say('draft.changesHeading', { count: draft.changes.length })}</h2>
    <div class="table-wrap">
      <table>
        <caption class="visually-hidden">
          ${say('draft.changesCaption', { version: draft.comparedWith })}
        </caption>
        <thead>
          <tr>
            ${COLUMNS.map((column) => html`<th scope="col">${say(`draft.column.${column}`)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${draft.changes.map(
            (change) =>
              html`<tr>
                <td>${KIND_WORDS[change.kind]}</td>
                <td>${change.subject}</td>
                <td>
                  ${change.attribute ? html`<code>${change.attribute}</code>` : say('admin.none')}
                </td>
                <td>${change.before ?? say('admin.none')}</td>
                <td>${change.after ?? say('admin.none')}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    <h2>${say('draft.activateHeading')}</h2>
    <form method="post" action="/console/admin/data-map/drafts/${draft.id}/activate">
      ${csrfField(staff)}
      <input type="hidden" name="comparedWith" value="${draft.comparedWith}" />
      <div class="field${options.error ? ' field--error' : ''}">
        ${
          options.error &&
          html`<p class="error-message" id="field-confirm-error">
            <span class="visually-hidden">${say('form.errorPrefix')}</span> ${options.error}
          </p>`
        }
        <div class="choice">
          <input
            id="${consoleFieldId('confirm')}"
            name="confirm"
            type="checkbox"
            value="yes"
            ${options.error && html`aria-describedby="field-confirm-error" aria-invalid="true"`}
          />
          <label for="${consoleFieldId('confirm')}"
            >${say('draft.confirm', { version: draft.comparedWith })}</label
          >
        </div>
      </div>
      <button type="submit" class="button">
        ${say('draft.activate', { version: draft.wouldBecome })}
      </button>
      <a href="/console/admin/data-map">${say('draft.notNow')}</a>
    </form>
    <details>
      <summary>${say('draft.yaml')}</summary>
      <pre><code>${draft.yaml}</code></pre>
    </details>`;
  return renderConsolePage({
    title: say('draft.title'),
    staff,
    body,
    current: CURRENT,
    hasErrors: errors.length > 0,
  });
}

/** One activated version as it was uploaded. */
export function versionPage(staff: StaffPrincipal, version: number, yaml: string): SafeHtml {
  const body = html`<p><a href="/console/admin/data-map">${say('dataMap.back')}</a></p>
    <pre><code>${yaml}</code></pre>`;
  return renderConsolePage({
    title: say('dataMap.versionTitle', { version }),
    staff,
    body,
    current: CURRENT,
  });
}
