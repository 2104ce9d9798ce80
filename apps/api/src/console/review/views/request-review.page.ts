import type { MailboxMessage } from '@rightsdesk/persistence';
import { say } from '../../i18n/console-words';
import { IntakeDocumentSummary } from '@rightsdesk/intake';
import { AssignableStaff, RequestReview } from '@rightsdesk/review';
import { StaffPrincipal } from '@rightsdesk/staff';
import { consoleFieldId } from '../../views/console-forms';
import { ConsoleFlash, renderConsolePage } from '../../views/console-layout';
import { SafeHtml, html } from '@rightsdesk/html';
import {
  ACTION_PATHS,
  ActionProblem,
  actionsSection,
  manualTasksSection,
} from './request-actions.partial';
import {
  deadlineSection,
  foundSection,
  overviewSection,
  personSection,
  verificationSection,
} from './request-sections.partial';
import { intakeDocumentSection } from '../../intake/views/intake-document.partial';
import { supportMessagesSection } from '../../mailbox/views/support-messages.partial';
import { correspondenceSection, notesSection, timelineSection } from './request-history.partial';

/** The page's sections, in order, for the links at its top. */
const SECTIONS = [
  'deadline',
  'person',
  'verification',
  'found',
  'actions',
  'correspondence',
  'notes',
  'timeline',
] as const;

export interface RequestPageInput {
  view: RequestReview;
  staff: StaffPrincipal;
  assignable: AssignableStaff[];
  timeZone: string;
  flash?: ConsoleFlash;
  problem?: ActionProblem;
  /** The scanned letter or call note staff attached when they entered the request. */
  intakeDocument?: IntakeDocumentSummary | null;
  /** Messages from the support mailbox: the one it was entered from, replies quoting it. */
  supportMessages?: readonly MailboxMessage[];
}

/**
 * One request as an officer works it (issue 6 item 4): who the person is and how they were
 * verified, the deadline and its rule, what was found per source, correspondence, notes, the
 * audit timeline, and a form per action open to this staff member now.
 */
export function requestReviewPage(input: RequestPageInput): SafeHtml {
  const { view, timeZone } = input;
  const body = html`${problemSummary(input.problem)}
    <p><a href="/console/requests">${say('request.backToQueue')}</a></p>
    <nav aria-label="${say('request.onThisPage')}">
      <ul class="actions">
        ${SECTIONS.map((section) => html`<li><a href="#${section}">${say(`request.jump.${section}`)}</a></li>`)}
      </ul>
    </nav>
    ${overviewSection(view, timeZone)} ${deadlineSection(view, timeZone)} ${personSection(view)}
    ${intakeDocumentSection(view.request.id, input.intakeDocument, input.staff, timeZone)}
    ${supportMessagesSection(input.supportMessages, input.staff)} ${verificationSection(view)}
    ${foundSection(view)} ${actionsSection(view, input.staff, input.assignable, input.problem)}
    ${manualTasksSection(view, input.staff)} ${correspondenceSection(view, input.staff, timeZone)}
    ${notesSection(view, timeZone)} ${timelineSection(view, timeZone)}`;
  return renderConsolePage({
    title: say('request.title', { reference: view.request.reference }),
    staff: input.staff,
    body,
    flash: input.flash,
    current: '/console/requests',
    hasErrors: input.problem !== undefined,
  });
}

function problemSummary(problem: ActionProblem | undefined): SafeHtml {
  if (!problem) return html``;
  const prefix = ACTION_PATHS[problem.action as keyof typeof ACTION_PATHS];
  return html`<div
    class="error-summary"
    role="alert"
    aria-labelledby="error-summary-title"
    tabindex="-1"
    autofocus
  >
    <h2 id="error-summary-title">${say('form.errorSummaryTitle')}</h2>
    <ul>
      ${problem.fields.map((field) => html`<li><a href="#${consoleFieldId(`${prefix}-${field.path}`)}">${field.message}</a></li>`)}
    </ul>
  </div>`;
}
