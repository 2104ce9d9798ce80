import { Messages } from '../i18n/messages';
import { FieldError, fieldId } from './form-state';
import { SafeHtml, html } from '@rightsdesk/html';

/**
 * The list of problems at the top of a form (WCAG 3.3.1, 3.3.3). Each links to its field; it is
 * focused on load (autofocus, no script needed) and is an alert, so a screen reader reads it.
 * `labelFor` names the field; a problem with no field on the page is listed without a link.
 */
export function errorSummary(
  errors: readonly FieldError[],
  labelFor: (field: string) => string | undefined,
  t: Messages,
): SafeHtml {
  if (errors.length === 0) return html``;
  const items = errors.map((error) => {
    const label = labelFor(error.field);
    return label === undefined
      ? html`<li>${error.message}</li>`
      : html`<li><a href="#${fieldId(error.field)}">${label}: ${error.message}</a></li>`;
  });
  return html`<div
    class="error-summary"
    role="alert"
    aria-labelledby="error-summary-title"
    tabindex="-1"
    autofocus
  >
    <h2 id="error-summary-title">${t.form.errorSummaryTitle}</h2>
    <ul>
      ${items}
    </ul>
  </div>`;
}
