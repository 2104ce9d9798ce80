import { API_SCOPES, ApiKey } from '@rightsdesk/persistence';
import { StaffPrincipal } from '@rightsdesk/staff';
import { SafeHtml, html } from '@rightsdesk/html';
import { ConsoleFlash, csrfField, renderConsolePage } from '../../views/console-layout';
import {
  ConsoleFieldError,
  consoleErrorSummary,
  consoleFieldId,
  consoleTextField,
  errorFor,
} from '../../views/console-forms';

/** What each scope lets a key do, in the words an admin choosing scopes needs. */
const SCOPE_DESCRIPTIONS: Record<string, string> = {
  'requests:write': 'submit requests for people',
  'requests:read': 'read requests, their status and correspondence',
  'requests:verify': "answer a request's identity check",
  'requests:appeal': 'appeal a decision',
  'requests:intake': 'enter requests that arrived by post, phone or email',
  'requests:manage': 'act on requests: retry, complete manual tasks',
  'suppressions:read': 'check which addresses must not be re-added to marketing',
  'letters:manage': 'run the print queue',
};

const when = (at: Date | null) =>
  at ? `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC` : 'never';

export function apiKeysPage(input: {
  staff: StaffPrincipal;
  keys: readonly ApiKey[];
  values?: { name?: string; scopes?: readonly string[] };
  errors?: ConsoleFieldError[];
  flash?: ConsoleFlash;
  created?: { name: string; key: string };
}): SafeHtml {
  const errors = input.errors ?? [];
  const csrf = csrfField(input.staff);
  const chosen = new Set(input.values?.scopes ?? []);
  const created = input.created
    ? html`<div class="warning" role="alert">
        <h2>Copy the key for “${input.created.name}” now</h2>
        <p>
          It is shown only this once; Rightsdesk keeps only a hash of it. Store it in the other
          system's secret store.
        </p>
        <code class="secret">${input.created.key}</code>
      </div>`
    : html``;
  const rows = input.keys.map(
    (key) =>
      html`<tr>
        <td>${key.name}</td>
        <td><code>rdk_${key.prefix}_…</code></td>
        <td>${key.scopes.join(', ')}</td>
        <td>${when(key.createdAt)}</td>
        <td>${when(key.lastUsedAt)}</td>
        <td>
          ${
            key.revokedAt
              ? html`Revoked ${when(key.revokedAt)}`
              : html`<form
                  method="post"
                  action="/console/admin/api-keys/${key.id}/revoke"
                  class="inline-form"
                >
                  ${csrf}
                  <button type="submit" class="button button--secondary">
                    Revoke<span class="visually-hidden"> ${key.name}</span>
                  </button>
                </form>`
          }
        </td>
      </tr>`,
  );
  const scopeError = errorFor(errors, 'scopes');
  const scopeChoices = API_SCOPES.map((scope) => {
    const id = consoleFieldId(`scope-${scope}`);
    return html`<div class="choice">
      <input
        type="checkbox"
        id="${id}"
        name="scopes"
        value="${scope}"
        ${chosen.has(scope) && html` checked`}
      />
      <label for="${id}"><code>${scope}</code>: ${SCOPE_DESCRIPTIONS[scope] ?? scope}</label>
    </div>`;
  });
  const body = html`${created} ${consoleErrorSummary(errors)}
    <p>
      Keys let the company's other systems use the REST API (<code>Authorization: Bearer rdk_…</code
      >), each with only the scopes it needs.
    </p>
    <div class="table-wrap">
      <table>
        <caption class="visually-hidden">
          API keys
        </caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Prefix</th>
            <th scope="col">Scopes</th>
            <th scope="col">Created</th>
            <th scope="col">Last used</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          ${
            rows.length
              ? rows
              : html`<tr>
                  <td colspan="6">No API keys yet.</td>
                </tr>`
          }
        </tbody>
      </table>
    </div>
    <h2>Create a key</h2>
    <form method="post" action="/console/admin/api-keys" novalidate>
      ${csrf}
      ${consoleTextField({
        name: 'name',
        label: 'Name',
        hint: 'Which system will use it, e.g. “crm” or “support desk”.',
        value: input.values?.name,
        error: errorFor(errors, 'name'),
        required: true,
        autocomplete: 'off',
        maxlength: 100,
        width: 'medium',
      })}
      <div
        class="field${scopeError ? ' field--error' : ''}"
        id="${consoleFieldId('scopes')}"
        tabindex="-1"
      >
        <fieldset aria-describedby="scopes-hint${scopeError ? ' scopes-error' : ''}">
          <legend>Scopes</legend>
          <p class="hint" id="scopes-hint">Choose only what the system needs.</p>
          ${
            scopeError &&
            html`<p class="error-message" id="scopes-error">
              <span class="visually-hidden">Error:</span> ${scopeError}
            </p>`
          }
          ${scopeChoices}
        </fieldset>
      </div>
      <button type="submit" class="button">Create key</button>
    </form>`;
  return renderConsolePage({
    title: 'API keys',
    staff: input.staff,
    body,
    flash: input.flash,
    current: '/console/admin/api-keys',
    hasErrors: errors.length > 0,
  });
}
