import { SafeHtml, html } from '@rightsdesk/html';
import { say } from '../i18n/console-words';

/** One problem with what was entered, for the error summary and beside its field. */
export interface ConsoleFieldError {
  field: string;
  message: string;
}

export function consoleFieldId(name: string): string {
  return `field-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/**
 * The list of problems at the top of a form (WCAG 3.3.1): each links to its field; it is an
 * alert and is focused on load (autofocus, no script), like the privacy center's.
 */
export function consoleErrorSummary(errors: readonly ConsoleFieldError[]): SafeHtml {
  if (errors.length === 0) return html``;
  const items = errors.map(
    (error) => html`<li><a href="#${consoleFieldId(error.field)}">${error.message}</a></li>`,
  );
  return html`<div
    class="error-summary"
    role="alert"
    aria-labelledby="error-summary-title"
    tabindex="-1"
    autofocus
  >
    <h2 id="error-summary-title">${say('form.errorSummaryTitle')}</h2>
    <ul>
      ${items}
    </ul>
  </div>`;
}

export interface ConsoleTextFieldOptions {
  name: string;
  label: string;
  type?: 'text' | 'email' | 'password' | 'date';
  value?: string;
  hint?: string;
  error?: string;
  required?: boolean;
  /** WCAG 1.3.5 and password managers: username, current-password, new-password, one-time-code. */
  autocomplete?: string;
  inputmode?: 'numeric' | 'email' | 'text';
  width?: 'short' | 'medium';
  maxlength?: number;
  /** Keeps ids unique where several forms on one page have a field of the same name. */
  idPrefix?: string;
}

/** A labelled input with its hint and error read with it (aria-describedby). */
export function consoleTextField(options: ConsoleTextFieldOptions): SafeHtml {
  const id = consoleFieldId(`${options.idPrefix ?? ''}${options.name}`);
  const hintId = options.hint ? `${id}-hint` : undefined;
  const errorId = options.error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ');
  const type = options.type ?? 'text';
  // A password field is never refilled: the page must not echo a secret back.
  const value = type === 'password' ? '' : (options.value ?? '');
  return html`<div class="field${options.error ? ' field--error' : ''}">
    <label for="${id}"
      >${options.label}${options.required && html` <span class="marker">${say('form.required')}</span>`}</label
    >
    ${hintId && html`<p class="hint" id="${hintId}">${options.hint}</p>`}
    ${
      errorId &&
      html`<p class="error-message" id="${errorId}">
        <span class="visually-hidden">${say('form.errorPrefix')}</span> ${options.error}
      </p>`
    }
    <input
      id="${id}"
      name="${options.name}"
      type="${type}"
      class="input${options.width ? ` input--${options.width}` : ''}"
      value="${value}"
      ${describedBy && html`aria-describedby="${describedBy}"`}
      ${options.error && html`aria-invalid="true"`}
      ${options.required && html`aria-required="true"`}
      ${options.autocomplete && html`autocomplete="${options.autocomplete}"`}
      ${options.inputmode && html`inputmode="${options.inputmode}"`}
      ${options.maxlength !== undefined && html`maxlength="${options.maxlength}"`}
      ${(type === 'email' || options.inputmode === 'numeric') && html`spellcheck="false"`}
    />
  </div>`;
}

/** The error message for a field, if any. */
export function errorFor(errors: readonly ConsoleFieldError[], field: string): string | undefined {
  return errors.find((error) => error.field === field)?.message;
}
