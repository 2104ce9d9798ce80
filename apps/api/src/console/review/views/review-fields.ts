import { say } from '../../i18n/console-words';
import { consoleFieldId } from '../../views/console-forms';
import { SafeHtml, html } from '@rightsdesk/html';

export interface FieldState {
  /** The message shown beside the field and in the error summary. */
  error?: string;
}

/** A labelled select; the empty option means "any" in filters or "choose" in action forms. */
export function selectField(options: {
  name: string;
  label: string;
  choices: ReadonlyArray<readonly [string, string]>;
  selected?: string;
  empty?: string;
  idPrefix?: string;
  required?: boolean;
  error?: string;
}): SafeHtml {
  const id = consoleFieldId(`${options.idPrefix ?? ''}${options.name}`);
  const errorId = options.error ? `${id}-error` : undefined;
  return html`<div class="field${options.error ? ' field--error' : ''}">
    <label for="${id}"
      >${options.label}${options.required && html` <span class="marker">${say('form.required')}</span>`}</label
    >
    ${
      errorId &&
      html`<p class="error-message" id="${errorId}">
        <span class="visually-hidden">${say('form.errorPrefix')}</span> ${options.error}
      </p>`
    }
    <select
      id="${id}"
      name="${options.name}"
      class="select"
      ${errorId && html`aria-describedby="${errorId}" aria-invalid="true"`}
      ${options.required && html`aria-required="true"`}
    >
      ${options.empty !== undefined && html`<option value="">${options.empty}</option>`}
      ${options.choices.map(
        ([value, label]) =>
          html`<option value="${value}" ${value === options.selected && html`selected`}>
            ${label}
          </option>`,
      )}
    </select>
  </div>`;
}

/** A labelled textarea with its hint and error read with it. */
export function textareaField(options: {
  name: string;
  label: string;
  idPrefix: string;
  hint?: string;
  value?: string;
  error?: string;
  maxlength: number;
}): SafeHtml {
  const id = consoleFieldId(`${options.idPrefix}${options.name}`);
  const hintId = options.hint ? `${id}-hint` : undefined;
  const errorId = options.error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ');
  return html`<div class="field${options.error ? ' field--error' : ''}">
    <label for="${id}">${options.label} <span class="marker">${say('form.required')}</span></label>
    ${hintId && html`<p class="hint" id="${hintId}">${options.hint}</p>`}
    ${
      errorId &&
      html`<p class="error-message" id="${errorId}">
        <span class="visually-hidden">${say('form.errorPrefix')}</span> ${options.error}
      </p>`
    }
    <textarea
      id="${id}"
      name="${options.name}"
      rows="3"
      maxlength="${options.maxlength}"
      aria-required="true"
      ${describedBy && html`aria-describedby="${describedBy}"`}
      ${options.error && html`aria-invalid="true"`}
    >
${options.value ?? ''}</textarea>
  </div>`;
}
