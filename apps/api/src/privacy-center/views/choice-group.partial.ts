import { Messages } from '../i18n/messages';
import { ariaAttributes, fieldParts, hintAndError, labelText } from './field-parts';
import { FormState } from './form-state';
import { SafeHtml, html } from '@rightsdesk/html';

export interface ChoiceOption {
  value: string;
  label: string;
  hint?: string;
}

export interface ChoiceGroupOptions {
  kind: 'radio' | 'checkbox';
  name: string;
  legend: string;
  hint?: string;
  required?: boolean;
  options: readonly ChoiceOption[];
  /** Chosen when the person has not chosen yet (the form's first render). */
  defaults?: readonly string[];
}

/**
 * Radios or checkboxes in a fieldset whose legend asks the question. The first option's id is
 * the field's id, so an error summary link lands on it.
 */
export function choiceGroup(options: ChoiceGroupOptions, state: FormState, t: Messages): SafeHtml {
  const parts = fieldParts(options.name, options.hint, state);
  const typed = state.list(options.name);
  const chosen = typed.length > 0 || state.hasErrors ? typed : (options.defaults ?? []);
  const isRadio = options.kind === 'radio';
  // A radio group is one control (role radiogroup carries aria-invalid); checkboxes are each one.
  const groupAria = isRadio
    ? ariaAttributes([parts.hintId, parts.errorId], Boolean(parts.error), options.required)
    : ariaAttributes([parts.hintId], false);
  const items = options.options.map((option, index) => {
    const id = index === 0 ? parts.id : `${parts.id}-${option.value}`;
    const hintId = option.hint ? `${id}-hint` : undefined;
    const aria = isRadio
      ? ariaAttributes([hintId], false)
      : ariaAttributes([hintId, parts.errorId], Boolean(parts.error));
    return html`<div class="choice">
      <input
        type="${options.kind}"
        id="${id}"
        name="${options.name}"
        value="${option.value}"
        ${chosen.includes(option.value) && html` checked`}${aria}
      />
      <label for="${id}">${option.label}</label>
      ${hintId && html`<p class="hint" id="${hintId}">${option.hint}</p>`}
    </div>`;
  });
  return html`<div class="field${parts.error && ' field--error'}">
    <fieldset class="choices" ${isRadio && html` role="radiogroup"`}${groupAria}>
      <legend>${labelText(options.legend, options.required, t)}</legend>
      ${hintAndError(parts, t)} ${items}
    </fieldset>
  </div>`;
}
