import { Messages } from '../i18n/messages';
import { FormState, fieldId } from './form-state';
import { SafeHtml, html } from '@rightsdesk/html';

/** The ids and texts around one field: its hint, its error, and what describes it. */
export interface FieldParts {
  id: string;
  hintId?: string;
  errorId?: string;
  hint?: string;
  error?: string;
}

export function fieldParts(name: string, hint: string | undefined, state: FormState): FieldParts {
  const id = fieldId(name);
  const error = state.error(name);
  return {
    id,
    hint,
    error,
    hintId: hint ? `${id}-hint` : undefined,
    errorId: error ? `${id}-error` : undefined,
  };
}

/** `(required)` in words after the label: colour or an asterisk alone says nothing to many. */
export function labelText(label: string, required: boolean | undefined, t: Messages): SafeHtml {
  return html`${label}${required && html` <span class="marker">${t.form.required}</span>`}`;
}

/** Hint, then error, both referenced by the control so screen readers read them with it. */
export function hintAndError(parts: FieldParts, t: Messages): SafeHtml {
  return html`${parts.hintId && html`<p class="hint" id="${parts.hintId}">${parts.hint}</p>`}${
    parts.errorId &&
    html`<p class="error-message" id="${parts.errorId}">
      <span class="visually-hidden">${t.form.errorPrefix}</span> ${parts.error}
    </p>`
  }`;
}

/** aria-describedby / aria-invalid / aria-required for a control, only where they apply. */
export function ariaAttributes(
  describedBy: ReadonlyArray<string | undefined>,
  invalid: boolean,
  required?: boolean,
): SafeHtml {
  const ids = describedBy.filter((id): id is string => Boolean(id)).join(' ');
  return html`${ids && html` aria-describedby="${ids}"`}${invalid && html` aria-invalid="true"`}${
    required && html` aria-required="true"`
  }`;
}
