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
import { correspondenceSection, notesSection, timelineSection } from './request-history.partial';

export interface RequestPageInput {
  view: RequestReview;
  staff: StaffPrincipal;
  assignable: AssignableStaff[];
  timeZone: string;
  flash?: ConsoleFlash;
  problem?: ActionProblem;
}

/**
 * One request as an officer works it (issue 6 item 4): who the person is and how they were
 * verified, the deadline and its rule, what was found per source, correspondence, notes, the
 * audit timeline, and a form per action open to this staff member now.
 */
export function requestReviewPage(input: RequestPageInput): SafeHtml {
  const { view, timeZone } = input;
  const body = html`${problemSummary(input.problem)}
    <p><a href="/console/requests">Back to the queue</a></p>
    <nav aria-label="On this page">
      <ul class="actions">
        <li><a href="#deadline">Deadline</a></li>
        <li><a href="#person">Person</a></li>
        <li><a href="#verification">Verification</a></li>
        <li><a href="#found">Found</a></li>
        <li><a href="#actions">Actions</a></li>
        <li><a href="#correspondence">Correspondence</a></li>
        <li><a href="#notes">Notes</a></li>
        <li><a href="#timeline">Timeline</a></li>
      </ul>
    </nav>
    ${overviewSection(view, timeZone)} ${deadlineSection(view, timeZone)} ${personSection(view)}
    ${verificationSection(view)} ${foundSection(view)}
    ${actionsSection(view, input.staff, input.assignable, input.problem)}
    ${manualTasksSection(view, input.staff)} ${correspondenceSection(view, timeZone)}
    ${notesSection(view, timeZone)} ${timelineSection(view, timeZone)}`;
  return renderConsolePage({
    title: `Request ${view.request.reference}`,
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
    <h2 id="error-summary-title">There is a problem</h2>
    <ul>
      ${problem.fields.map((field) => html`<li><a href="#${consoleFieldId(`${prefix}-${field.path}`)}">${field.message}</a></li>`)}
    </ul>
  </div>`;
}
