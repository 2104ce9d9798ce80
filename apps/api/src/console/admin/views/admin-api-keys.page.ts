import { isConsoleKey, say, sayHtml } from '../../i18n/console-words';
import { timeOrNever } from './admin-words';
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

/** What a scope lets a key do, in the words an admin choosing scopes needs. */
function scopeInWords(scope: string): string {
  const key = `apiKeys.scope.${scope}`;
  return isConsoleKey(key) ? say(key) : scope;
}

const when = timeOrNever;

/** The key table's columns, in order. */
const COLUMNS = ['name', 'prefix', 'scopes', 'created', 'lastUsed', 'status'] as const;

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
        <h2>${say('apiKeys.createdHeading', { name: input.created.name })}</h2>
        <p>${say('apiKeys.createdBody')}</p>
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
              ? say('apiKeys.revoked', { time: when(key.revokedAt) })
              : html`<form
                  method="post"
                  action="/console/admin/api-keys/${key.id}/revoke"
                  class="inline-form"
                >
                  ${csrf}
                  <button type="submit" class="button button--secondary">
                    ${say('apiKeys.revoke')}<span class="visually-hidden"> ${key.name}</span>
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
      <label for="${id}"
        >${sayHtml('apiKeys.scopeChoice', {
          scope: html`<code>${scope}</code>`,
          description: scopeInWords(scope),
        })}</label
      >
    </div>`;
  });
  const body = html`${created} ${consoleErrorSummary(errors)}
    <p>${sayHtml('apiKeys.intro', { header: html`<code>Authorization: Bearer rdk_…</code>` })}</p>
    <div class="table-wrap">
      <table>
        <caption class="visually-hidden">
          ${say('apiKeys.caption')}
        </caption>
        <thead>
          <tr>
            ${COLUMNS.map((column) => html`<th scope="col">${say(`apiKeys.column.${column}`)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${
            rows.length
              ? rows
              : html`<tr>
                  <td colspan="6">${say('apiKeys.none')}</td>
                </tr>`
          }
        </tbody>
      </table>
    </div>
    <h2>${say('apiKeys.createHeading')}</h2>
    <form method="post" action="/console/admin/api-keys" novalidate>
      ${csrf}
      ${consoleTextField({
        name: 'name',
        label: say('apiKeys.name'),
        hint: say('apiKeys.nameHint'),
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
          <legend>${say('apiKeys.scopes')}</legend>
          <p class="hint" id="scopes-hint">${say('apiKeys.scopesHint')}</p>
          ${
            scopeError &&
            html`<p class="error-message" id="scopes-error">
              <span class="visually-hidden">${say('form.errorPrefix')}</span> ${scopeError}
            </p>`
          }
          ${scopeChoices}
        </fieldset>
      </div>
      <button type="submit" class="button">${say('apiKeys.create')}</button>
    </form>`;
  return renderConsolePage({
    title: say('apiKeys.title'),
    staff: input.staff,
    body,
    flash: input.flash,
    current: '/console/admin/api-keys',
    hasErrors: errors.length > 0,
  });
}
