import { Messages } from '../i18n/messages';
import { ariaAttributes, fieldParts, hintAndError, labelText } from './field-parts';
import { FormState } from './form-state';
import { SafeHtml, html } from '@rightsdesk/html';

export interface TextFieldOptions {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  type?: 'text' | 'email' | 'tel' | 'file';
  /** WCAG 1.3.5: say what personal data a field collects so browsers can fill it. */
  autocomplete?: string;
  inputmode?: 'numeric' | 'email' | 'tel' | 'text';
  multiline?: boolean;
  accept?: string;
  maxlength?: number;
  width?: 'short' | 'medium';
}

/** A labelled text input, textarea or file input that keeps what the person typed. */
export function textField(options: TextFieldOptions, state: FormState, t: Messages): SafeHtml {
  const parts = fieldParts(options.name, options.hint, state);
  const aria = ariaAttributes(
    [parts.hintId, parts.errorId],
    Boolean(parts.error),
    options.required,
  );
  const type = options.type ?? 'text';
  const widthClass = options.width ? ` input--${options.width}` : '';
  const common = html`id="${parts.id}"
  name="${options.name}"${aria}${
    options.autocomplete && html` autocomplete="${options.autocomplete}"`
  }${options.inputmode && html` inputmode="${options.inputmode}"`}${
    options.maxlength !== undefined && html` maxlength="${options.maxlength}"`
  }`;
  // A browser never lets a page refill a file input, so it gets no value.
  const control = options.multiline
    ? html`<textarea ${common} rows="5">${state.value(options.name)}</textarea>`
    : type === 'file'
      ? html`<input ${common} type="file" ${options.accept && html` accept="${options.accept}"`} />`
      : html`<input
          ${common}
          type="${type}"
          class="input${widthClass}"
          value="${state.value(options.name)}"
          ${(type === 'email' || options.inputmode === 'numeric') && html` spellcheck="false"`}
        />`;
  return html`<div class="field${parts.error && ' field--error'}">
    <label for="${parts.id}">${labelText(options.label, options.required, t)}</label>
    ${hintAndError(parts, t)} ${control}
  </div>`;
}
