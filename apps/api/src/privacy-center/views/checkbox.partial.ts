import { Messages } from '../i18n/messages';
import { ariaAttributes, fieldParts, hintAndError } from './field-parts';
import { FormState } from './form-state';
import { SafeHtml, html } from '@rightsdesk/html';

export interface CheckboxOptions {
  name: string;
  label: string;
  hint?: string;
  /** Sent when ticked; an unticked box sends nothing at all. */
  value?: string;
}

/** One yes/no checkbox, which needs no fieldset: its label is the whole question. */
export function checkbox(options: CheckboxOptions, state: FormState, t: Messages): SafeHtml {
  const parts = fieldParts(options.name, options.hint, state);
  const value = options.value ?? 'yes';
  const aria = ariaAttributes([parts.hintId, parts.errorId], Boolean(parts.error));
  return html`<div class="field${parts.error && ' field--error'}">
    ${hintAndError({ ...parts, hintId: undefined }, t)}
    <div class="choice">
      <input
        type="checkbox"
        id="${parts.id}"
        name="${options.name}"
        value="${value}"
        ${state.list(options.name).includes(value) && html` checked`}${aria}
      />
      <label for="${parts.id}">${options.label}</label>
      ${parts.hintId && html`<p class="hint" id="${parts.hintId}">${parts.hint}</p>`}
    </div>
  </div>`;
}
