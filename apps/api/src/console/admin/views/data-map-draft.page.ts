import type { DataMapDraft } from '@rightsdesk/live-config';
import type { DataMapChange } from '@rightsdesk/data-map';
import type { StaffPrincipal } from '@rightsdesk/staff';
import { csrfField, html, SafeHtml, renderConsolePage } from '../../views/console-layout';
import { consoleErrorSummary, consoleFieldId } from '../../views/console-forms';

const CURRENT = '/console/admin/data-map';

const KIND_WORDS: Record<DataMapChange['kind'], string> = {
  added: 'Added',
  removed: 'Removed',
  changed: 'Changed',
};

/** A draft's changes against the active version, and the confirmed activation form. */
export function draftPage(
  staff: StaffPrincipal,
  draft: DataMapDraft,
  options: { error?: string } = {},
): SafeHtml {
  const errors = options.error ? [{ field: 'confirm', message: options.error }] : [];
  const body = html`${consoleErrorSummary(errors)}
    <p class="lead">
      Compared with the active version ${draft.comparedWith}. Activating makes this version
      ${draft.wouldBecome}: requests approved from then on are fulfilled with it, while requests
      already being fulfilled finish with the version they started with.
    </p>
    ${
      draft.documentVersion !== draft.wouldBecome &&
      html`<p>
        The document says <code>version: ${draft.documentVersion}</code>; it will be stored and
        reported as version ${draft.wouldBecome}.
      </p>`
    }
    <h2>${draft.changes.length} ${draft.changes.length === 1 ? 'change' : 'changes'}</h2>
    <div class="table-wrap">
      <table>
        <caption class="visually-hidden">
          Changes against version ${draft.comparedWith}
        </caption>
        <thead>
          <tr>
            <th scope="col">Change</th>
            <th scope="col">What</th>
            <th scope="col">Setting</th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
          </tr>
        </thead>
        <tbody>
          ${draft.changes.map(
            (change) =>
              html`<tr>
                <td>${KIND_WORDS[change.kind]}</td>
                <td>${change.subject}</td>
                <td>${change.attribute ? html`<code>${change.attribute}</code>` : '–'}</td>
                <td>${change.before ?? '–'}</td>
                <td>${change.after ?? '–'}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    <h2>Activate</h2>
    <form method="post" action="/console/admin/data-map/drafts/${draft.id}/activate">
      ${csrfField(staff)}
      <input type="hidden" name="comparedWith" value="${draft.comparedWith}" />
      <div class="field${options.error ? ' field--error' : ''}">
        ${
          options.error &&
          html`<p class="error-message" id="field-confirm-error">
            <span class="visually-hidden">Error:</span> ${options.error}
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
            >I have reviewed these changes against version ${draft.comparedWith}</label
          >
        </div>
      </div>
      <button type="submit" class="button">Activate as version ${draft.wouldBecome}</button>
      <a href="/console/admin/data-map">Not now</a>
    </form>
    <details>
      <summary>The uploaded YAML</summary>
      <pre><code>${draft.yaml}</code></pre>
    </details>`;
  return renderConsolePage({
    title: 'Review the data map changes',
    staff,
    body,
    current: CURRENT,
    hasErrors: errors.length > 0,
  });
}

/** One activated version as it was uploaded. */
export function versionPage(staff: StaffPrincipal, version: number, yaml: string): SafeHtml {
  const body = html`<p><a href="/console/admin/data-map">Back to the data map</a></p>
    <pre><code>${yaml}</code></pre>`;
  return renderConsolePage({ title: `Data map version ${version}`, staff, body, current: CURRENT });
}
