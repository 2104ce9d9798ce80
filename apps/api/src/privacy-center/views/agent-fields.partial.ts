import { FormRenderer } from './form-renderer';
import { SafeHtml, html } from '@rightsdesk/html';

/** Signed permission may be a PDF or a photo of the paper (regs 7063(a)). */
const AUTHORIZATION_TYPES = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

/**
 * The authorized-agent section, folded away in a <details> (works without script) because most
 * people ask for themselves; it opens again when the agent's answers need fixing.
 */
export function agentFields(form: FormRenderer): SafeHtml {
  const f = form.t.requestForm;
  const state = form.state;
  const agentErrors = state.errors.some((error) => error.field.startsWith('agent.'));
  const open = agentErrors || state.hasAnyValue('agent.');
  // A browser cannot refill a file input: after any error, say the file must be chosen again.
  const fileHint = state.hasErrors
    ? `${f.agentAuthorization.hint ?? ''} ${f.agentFileAgain}`.trim()
    : f.agentAuthorization.hint;

  return html`<details class="agent" ${open && html` open`}>
    <summary>${f.agentSummary}</summary>
    <p class="hint">${f.agentHint}</p>
    ${form.text({ name: 'agent.name', autocomplete: 'section-agent name', maxlength: 200, ...f.agentName })}
    ${form.text({ name: 'agent.email', type: 'email', autocomplete: 'section-agent email', maxlength: 254, ...f.agentEmail })}
    ${form.text({
      name: 'agent.authorization',
      type: 'file',
      accept: AUTHORIZATION_TYPES,
      label: f.agentAuthorization.label,
      hint: fileHint,
    })}
    ${form.checkbox({ name: 'agent.powerOfAttorney', ...f.agentPowerOfAttorney })}
  </details>`;
}
