import {
  AssignableStaff,
  DENIAL_BASES,
  DENIAL_BASIS_CODES,
  RequestReview,
  ReviewAction,
} from '@rightsdesk/review';
import { StaffPrincipal } from '@rightsdesk/staff';
import { consoleFieldId } from '../../views/console-forms';
import { csrfField } from '../../views/console-layout';
import { SafeHtml, html } from '@rightsdesk/html';
import { selectField, textareaField } from './review-fields';

/** A refused form: which action, what was wrong per field, and what was typed. */
export interface ActionProblem {
  action: ReviewAction;
  fields: Array<{ path: string; message: string }>;
  values: Record<string, string>;
}

/** The path segment each action posts to, under /console/requests/:id/. */
export const ACTION_PATHS: Record<Exclude<ReviewAction, 'complete_task'>, string> = {
  assign: 'assign',
  approve: 'approve',
  deny: 'deny',
  extend: 'extend',
  request_information: 'request-information',
  information_received: 'information-received',
  note: 'notes',
  retry: 'retry',
  cancel: 'cancel',
  decide_appeal: 'appeal-decision',
};

interface FormContext {
  view: RequestReview;
  staff: StaffPrincipal;
  problem?: ActionProblem;
}

function errorOf(context: FormContext, action: ReviewAction, field: string): string | undefined {
  if (context.problem?.action !== action) return undefined;
  return context.problem.fields.find((entry) => entry.path === field)?.message;
}

function valueOf(context: FormContext, action: ReviewAction, field: string): string | undefined {
  return context.problem?.action === action ? context.problem.values[field] : undefined;
}

/** One small form: heading, fields, the CSRF token, a button. */
function actionForm(
  context: FormContext,
  action: Exclude<ReviewAction, 'complete_task'>,
  title: string,
  fields: SafeHtml,
  button: string,
): SafeHtml {
  const headingId = `action-${ACTION_PATHS[action]}`;
  return html`<form
    method="post"
    action="/console/requests/${context.view.request.id}/${ACTION_PATHS[action]}"
    aria-labelledby="${headingId}"
  >
    <h3 id="${headingId}">${title}</h3>
    ${csrfField(context.staff)} ${fields}
    <button
      type="submit"
      class="button${action === 'deny' || action === 'cancel' ? ' button--secondary' : ''}"
    >
      ${button}
    </button>
  </form>`;
}

const text = (
  context: FormContext,
  action: ReviewAction,
  name: string,
  label: string,
  hint?: string,
  maxlength = 2000,
) =>
  textareaField({
    name,
    label,
    hint,
    maxlength,
    idPrefix: `${ACTION_PATHS[action as keyof typeof ACTION_PATHS]}-`,
    value: valueOf(context, action, name),
    error: errorOf(context, action, name),
  });

/**
 * The forms for the actions this staff member may take now, and nothing else: an auditor sees
 * none (and the server refuses their posts), and a state's impossible actions are not offered.
 */
export function actionsSection(
  view: RequestReview,
  staff: StaffPrincipal,
  assignable: AssignableStaff[],
  problem?: ActionProblem,
): SafeHtml {
  if (view.actions.length === 0) {
    return html`<h2 id="actions">Actions</h2>
      <p>Your role can read this request but not act on it.</p>`;
  }
  const context: FormContext = { view, staff, problem };
  const forms: Record<ReviewAction, () => SafeHtml> = {
    assign: () =>
      actionForm(
        context,
        'assign',
        'Assign',
        selectField({
          name: 'assigneeId',
          idPrefix: 'assign-',
          label: 'Staff member',
          empty: 'Nobody (unassign)',
          choices: assignable.map((member) => [member.id, member.name] as const),
          selected: view.request.assignee?.id,
          error: errorOf(context, 'assign', 'assigneeId'),
        }),
        'Assign',
      ),
    approve: () =>
      actionForm(
        context,
        'approve',
        'Approve',
        html`<p>The request is carried out across every source in the data map.</p>`,
        'Approve request',
      ),
    deny: () =>
      actionForm(
        context,
        'deny',
        'Deny',
        html`${selectField({ name: 'basis', idPrefix: 'deny-', label: 'Basis', required: true, empty: 'Choose a basis', choices: DENIAL_BASIS_CODES.map((code) => [code, `${DENIAL_BASES[code].label} (${DENIAL_BASES[code].citation})`] as const), selected: valueOf(context, 'deny', 'basis'), error: errorOf(context, 'deny', 'basis') })}
        ${text(context, 'deny', 'note', 'Explanation for the person', 'Sent to the person with the basis and how to appeal.')}`,
        'Deny request',
      ),
    extend: () =>
      actionForm(
        context,
        'extend',
        'Extend the deadline',
        text(
          context,
          'extend',
          'reason',
          'Reason',
          'Told to the person; the law allows one extension, given before the due date.',
        ),
        'Extend and notify',
      ),
    request_information: () =>
      actionForm(
        context,
        'request_information',
        'Ask for information',
        text(
          context,
          'request_information',
          'message',
          'What is needed',
          'Sent to the person; the deadline keeps running.',
        ),
        'Send request for information',
      ),
    information_received: () =>
      actionForm(
        context,
        'information_received',
        'Information received',
        text(context, 'information_received', 'note', 'What came in'),
        'Back to review',
      ),
    retry: () =>
      actionForm(
        context,
        'retry',
        'Retry',
        html`<p>The failed steps run again; finished ones are kept.</p>`,
        'Retry failed steps',
      ),
    complete_task: () => html``,
    cancel: () =>
      actionForm(
        context,
        'cancel',
        'Cancel',
        text(context, 'cancel', 'reason', 'Reason'),
        'Cancel request',
      ),
    decide_appeal: () =>
      actionForm(
        context,
        'decide_appeal',
        'Decide the appeal',
        html`<fieldset${errorOf(context, 'decide_appeal', 'decision') ? html` aria-invalid="true"` : ''}>
        <legend>Decision <span class="marker">(required)</span></legend>
        ${errorOf(context, 'decide_appeal', 'decision') && html`<p class="error-message" id="${consoleFieldId('appeal-decision-decision')}">${errorOf(context, 'decide_appeal', 'decision')}</p>`}
        <div class="choice"><input type="radio" id="${consoleFieldId('appeal-uphold')}" name="decision" value="uphold" /><label for="${consoleFieldId('appeal-uphold')}">Uphold the earlier decision (the appeal is refused)</label></div>
        <div class="choice"><input type="radio" id="${consoleFieldId('appeal-reverse')}" name="decision" value="reverse" /><label for="${consoleFieldId('appeal-reverse')}">Reverse it (the appeal is granted)</label></div>
      </fieldset>
      ${text(context, 'decide_appeal', 'reason', 'Reasons', 'Sent to the person; a refusal also names the Attorney General to complain to.')}`,
        'Send decision',
      ),
    note: () =>
      actionForm(
        context,
        'note',
        'Add an internal note',
        text(context, 'note', 'body', 'Note', 'Staff only; never sent to the person.', 5000),
        'Add note',
      ),
  };
  return html`<h2 id="actions">Actions</h2>
    ${view.actions.map((action) => forms[action]())}`;
}

/** Manual tasks: the note and an optional file, sent as multipart (the browser vouches origin). */
export function manualTasksSection(view: RequestReview, staff: StaffPrincipal): SafeHtml {
  if (!view.actions.includes('complete_task')) return html``;
  const waiting = view.found.filter((entry) => entry.waiting?.kind === 'staff');
  return html`${waiting.map((entry) => {
    const prefix = `task-${entry.stepId}-`;
    return html`<form
      method="post"
      enctype="multipart/form-data"
      action="/console/requests/${view.request.id}/tasks/${entry.stepId}/complete"
      aria-labelledby="${consoleFieldId(`${prefix}title`)}"
    >
      <h3 id="${consoleFieldId(`${prefix}title`)}">Complete the task on ${entry.source}</h3>
      ${entry.waiting?.instructions && html`<p>${entry.waiting.instructions}</p>`}
      ${csrfField(staff)}
      ${textareaField({ name: 'note', label: 'What was done', idPrefix: prefix, maxlength: 5000 })}
      <div class="field">
        <label for="${consoleFieldId(`${prefix}file`)}"
          >Evidence (PDF, PNG, JPEG or text, at most 5 MB; optional)</label
        >
        <input
          type="file"
          id="${consoleFieldId(`${prefix}file`)}"
          name="file"
          accept=".pdf,.png,.jpg,.jpeg,.txt"
        />
      </div>
      <button type="submit" class="button">Mark task done</button>
    </form>`;
  })}`;
}
