import { Messages } from '../i18n/messages';
import { ariaAttributes, fieldParts, hintAndError, labelText } from './field-parts';
import { FormState } from './form-state';
import { SafeHtml, html } from '@rightsdesk/html';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldOptions {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  autocomplete?: string;
  options: readonly SelectOption[];
  /** Text of the first, empty option; the browser default otherwise silently picks option one. */
  emptyLabel: string;
}

/** A labelled select that keeps the person's choice. */
export function selectField(options: SelectFieldOptions, state: FormState, t: Messages): SafeHtml {
  const parts = fieldParts(options.name, options.hint, state);
  const chosen = state.value(options.name);
  const aria = ariaAttributes(
    [parts.hintId, parts.errorId],
    Boolean(parts.error),
    options.required,
  );
  const items = options.options.map(
    (option) =>
      html`<option value="${option.value}" ${option.value === chosen && html` selected`}>
        ${option.label}
      </option>`,
  );
  return html`<div class="field${parts.error && ' field--error'}">
    <label for="${parts.id}">${labelText(options.label, options.required, t)}</label>
    ${hintAndError(parts, t)}
    <select
      id="${parts.id}"
      name="${options.name}"
      class="select"
      ${aria}${options.autocomplete && html` autocomplete="${options.autocomplete}"`}
    >
      <option value="">${options.emptyLabel}</option>
      ${items}
    </select>
  </div>`;
}
