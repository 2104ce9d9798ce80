import { say } from '../../i18n/console-words';
import {
  AssignableStaff,
  DENIAL_BASES,
  DENIAL_BASIS_CODES,
  RequestReview,
  ReviewAction,
} from '@rightsdesk/review';
import { StaffPrincipal } from '@rightsdesk/staff';
import { consoleFieldId, consoleTextField } from '../../views/console-forms';
import { csrfField } from '../../views/console-layout';
import { SafeHtml, html } from '@rightsdesk/html';
import { selectField, textareaField } from './review-fields';
import { correctionPreviews } from './correction-preview.partial';

/** A refused form: which action, what was wrong per field, and what was typed. */
export interface ActionProblem {
  action: ReviewAction;
  fields: Array<{ path: string; message: string }>;
  values: Record<string, string>;
}

/** The path segment each action posts to, under /console/requests/:id/. */
export const ACTION_PATHS: Record<Exclude<ReviewAction, 'complete_task'>, string> = {
  assign: 'assign',
  enter_code: 'verification-code',
  post_code: 'posted-code',
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

/** The person's answer by letter or call: how it came, the day it arrived, what it said. */
function answerFields(context: FormContext): SafeHtml {
  const action = 'information_received';
  const idPrefix = `${ACTION_PATHS[action]}-`;
  return html`${selectField({
    name: 'manner',
    idPrefix,
    label: say('actions.informationReceived.manner'),
    choices: [
      ['letter', say('actions.informationReceived.letter')],
      ['phone', say('actions.informationReceived.phone')],
    ],
    selected: valueOf(context, action, 'manner') ?? 'letter',
    error: errorOf(context, action, 'manner'),
  })}
  ${consoleTextField({
    name: 'receivedOn',
    idPrefix,
    type: 'date',
    width: 'short',
    label: say('actions.informationReceived.receivedOn'),
    hint: say('actions.informationReceived.receivedOnHint'),
    value: valueOf(context, action, 'receivedOn'),
    error: errorOf(context, action, 'receivedOn'),
  })}
  ${text(context, action, 'note', say('actions.informationReceived.note'), undefined, 5000)}`;
}

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
    return html`<h2 id="actions">${say('actions.heading')}</h2>
      <p>${say('actions.readOnly')}</p>`;
  }
  const context: FormContext = { view, staff, problem };
  const forms: Record<ReviewAction, () => SafeHtml> = {
    assign: () =>
      actionForm(
        context,
        'assign',
        say('actions.assign.title'),
        selectField({
          name: 'assigneeId',
          idPrefix: 'assign-',
          label: say('actions.assign.staff'),
          empty: say('actions.assign.nobody'),
          choices: assignable.map((member) => [member.id, member.name] as const),
          selected: view.request.assignee?.id,
          error: errorOf(context, 'assign', 'assigneeId'),
        }),
        say('actions.assign.button'),
      ),
    enter_code: () =>
      actionForm(
        context,
        'enter_code',
        say('actions.enterCode.title'),
        codeFields(context),
        say('actions.enterCode.button'),
      ),
    post_code: () =>
      actionForm(
        context,
        'post_code',
        say('actions.postCode.title'),
        html`<p class="hint">${say('actions.postCode.hint')}</p>`,
        say('actions.postCode.button'),
      ),
    approve: () =>
      actionForm(
        context,
        'approve',
        say('actions.approve.title'),
        context.view.corrections?.length
          ? html`<p>${say('actions.approve.correctionExplanation')}</p>
              <input type="hidden" name="chosen" value="1" />
              ${correctionPreviews(context.view.corrections)}`
          : html`<p>${say('actions.approve.explanation')}</p>`,
        say('actions.approve.button'),
      ),
    deny: () =>
      actionForm(
        context,
        'deny',
        say('actions.deny.title'),
        html`${selectField({ name: 'basis', idPrefix: 'deny-', label: say('actions.deny.basis'), required: true, empty: say('actions.deny.chooseBasis'), choices: DENIAL_BASIS_CODES.map((code) => [code, say('actions.deny.basisChoice', DENIAL_BASES[code])] as const), selected: valueOf(context, 'deny', 'basis'), error: errorOf(context, 'deny', 'basis') })}
        ${text(context, 'deny', 'note', say('actions.deny.note'), say('actions.deny.noteHint'))}`,
        say('actions.deny.button'),
      ),
    extend: () =>
      actionForm(
        context,
        'extend',
        say('actions.extend.title'),
        text(
          context,
          'extend',
          'reason',
          say('actions.extend.reason'),
          say('actions.extend.reasonHint'),
        ),
        say('actions.extend.button'),
      ),
    request_information: () =>
      actionForm(
        context,
        'request_information',
        say('actions.requestInformation.title'),
        text(
          context,
          'request_information',
          'message',
          say('actions.requestInformation.message'),
          say('actions.requestInformation.messageHint'),
        ),
        say('actions.requestInformation.button'),
      ),
    information_received: () =>
      actionForm(
        context,
        'information_received',
        say('actions.informationReceived.title'),
        answerFields(context),
        say('actions.informationReceived.button'),
      ),
    // In progress, its work may have stopped rather than failed (the retry asks the queues).
    retry: () =>
      context.view.request.status === 'in_progress'
        ? actionForm(
            context,
            'retry',
            say('actions.retry.title'),
            html`<p>${say('actions.retry.stoppedExplanation')}</p>`,
            say('actions.retry.stoppedButton'),
          )
        : actionForm(
            context,
            'retry',
            say('actions.retry.title'),
            html`<p>${say('actions.retry.explanation')}</p>`,
            say('actions.retry.button'),
          ),
    complete_task: () => html``,
    cancel: () =>
      actionForm(
        context,
        'cancel',
        say('actions.cancel.title'),
        text(context, 'cancel', 'reason', say('actions.cancel.reason')),
        say('actions.cancel.button'),
      ),
    decide_appeal: () =>
      actionForm(
        context,
        'decide_appeal',
        say('actions.decideAppeal.title'),
        html`<fieldset${errorOf(context, 'decide_appeal', 'decision') ? html` aria-invalid="true"` : ''}>
        <legend>${say('actions.decideAppeal.decision')} <span class="marker">${say('form.required')}</span></legend>
        ${errorOf(context, 'decide_appeal', 'decision') && html`<p class="error-message" id="${consoleFieldId('appeal-decision-decision')}">${errorOf(context, 'decide_appeal', 'decision')}</p>`}
        <div class="choice"><input type="radio" id="${consoleFieldId('appeal-uphold')}" name="decision" value="uphold" /><label for="${consoleFieldId('appeal-uphold')}">${say('actions.decideAppeal.uphold')}</label></div>
        <div class="choice"><input type="radio" id="${consoleFieldId('appeal-reverse')}" name="decision" value="reverse" /><label for="${consoleFieldId('appeal-reverse')}">${say('actions.decideAppeal.reverse')}</label></div>
      </fieldset>
      ${text(context, 'decide_appeal', 'reason', say('actions.decideAppeal.reasons'), say('actions.decideAppeal.reasonsHint'))}`,
        say('actions.decideAppeal.button'),
      ),
    note: () =>
      actionForm(
        context,
        'note',
        say('actions.note.title'),
        text(context, 'note', 'body', say('actions.note.body'), say('actions.note.bodyHint'), 5000),
        say('actions.note.button'),
      ),
  };
  return html`<h2 id="actions">${say('actions.heading')}</h2>
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
      <h3 id="${consoleFieldId(`${prefix}title`)}">
        ${say('actions.task.title', { source: entry.source })}
      </h3>
      ${entry.waiting?.instructions && html`<p>${entry.waiting.instructions}</p>`}
      ${csrfField(staff)}
      ${textareaField({ name: 'note', label: say('actions.task.note'), idPrefix: prefix, maxlength: 5000 })}
      <div class="field">
        <label for="${consoleFieldId(`${prefix}file`)}">${say('actions.task.file')}</label>
        <input
          type="file"
          id="${consoleFieldId(`${prefix}file`)}"
          name="file"
          accept=".pdf,.png,.jpg,.jpeg,.txt"
        />
      </div>
      <button type="submit" class="button">${say('actions.task.button')}</button>
    </form>`;
  })}`;
}

/**
 * The code the person reads out on a call, and the receipt of their signed declaration where
 * their law asks for one (CCPA regs 7062(c)); the code may be left empty once it was confirmed.
 */
function codeFields(context: FormContext): SafeHtml {
  const id = consoleFieldId('verification-code-code');
  const error = errorOf(context, 'enter_code', 'code');
  const hintId = `${id}-hint`;
  const errorId = error ? `${id}-error` : undefined;
  const declarationId = consoleFieldId('verification-code-declaration');
  return html`<div class="field${error ? ' field--error' : ''}">
      <label for="${id}">${say('actions.enterCode.code')}</label>
      <p class="hint" id="${hintId}">${say('actions.enterCode.codeHint')}</p>
      ${
        errorId &&
        html`<p class="error-message" id="${errorId}">
          <span class="visually-hidden">${say('form.errorPrefix')}</span> ${error}
        </p>`
      }
      <input
        type="text"
        id="${id}"
        name="code"
        inputmode="numeric"
        autocomplete="off"
        maxlength="7"
        value="${valueOf(context, 'enter_code', 'code') ?? ''}"
        aria-describedby="${[hintId, errorId].filter(Boolean).join(' ')}"
        ${error && html`aria-invalid="true"`}
      />
    </div>
    <div class="choice">
      <input type="checkbox" id="${declarationId}" name="signedDeclaration" value="yes" />
      <label for="${declarationId}">${say('actions.enterCode.declaration')}</label>
    </div>`;
}
