import { Inject, Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { APP_CONFIG, AppConfig } from '@rightsdesk/config';
import {
  DomainError,
  Language,
  calendarDateIn,
  formatCalendarDate,
  extendDueDate,
  isOpen,
  parseCalendarDate,
  startOfDayIn,
  statusInWords,
} from '@rightsdesk/domain';
import { RecordPersonAnswerUseCase } from '@rightsdesk/intake';
import { RenderNoticeUseCase, StaffAlerts } from '@rightsdesk/notices';
import { RequestNote } from '@rightsdesk/persistence';
import { AuditTrail, RequestMessages, RequestRepository } from '@rightsdesk/requests';
import { AssignableStaffQuery } from './assignable-staff.query';
import { currentDueDate } from './current-due-date';
import { BulkOutcome } from './review-decisions.use-case';
import { Reviewer, actorOf, assertMayActOnRequests, assertRequestId } from './reviewer';

/** Where in its day a letter or call is placed (see informationReceived). */
const MIDDAY_MS = 12 * 3_600_000;
/**
 * Working a request without deciding it: assign, extend the deadline once, ask the person for
 * information and record the answer, leave an internal note. Role checked, state checked, audit
 * row and any notice written in the transaction of the change.
 */
@Injectable()
export class ReviewHandlingUseCase {
  constructor(
    private readonly requests: RequestRepository,
    private readonly trail: AuditTrail,
    private readonly staff: AssignableStaffQuery,
    private readonly notices: RenderNoticeUseCase,
    private readonly alerts: StaffAlerts,
    private readonly messages: RequestMessages,
    private readonly answers: RecordPersonAnswerUseCase,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async assign(requestId: string, assigneeId: string | null, reviewer: Reviewer): Promise<void> {
    return this.txHost.withTransaction(async () => {
      assertMayActOnRequests(reviewer);
      assertRequestId(requestId);
      if (assigneeId !== null && !(await this.staff.isAssignable(assigneeId))) {
        throw new DomainError(
          'invalid_input',
          'No active staff member with that id can be assigned.',
          [{ path: 'assigneeId', message: 'is not an active privacy officer or admin' }],
        );
      }
      const request = await this.lockRequest(requestId);
      if (!isOpen(request.status)) {
        throw new DomainError(
          'invalid_state',
          `cannot assign a request that is ${statusInWords(request.status)}: it is closed`,
        );
      }
      if (request.assigneeId === assigneeId) return;
      await this.requests.assign(requestId, assigneeId);
      await this.trail.append({
        requestId,
        actor: actorOf(reviewer),
        action: assigneeId ? 'request.assign' : 'request.unassign',
        data: { assigneeId, previousAssigneeId: request.assigneeId },
      });
      // Whoever takes a request themselves knows already; anyone else is told.
      const self = reviewer.kind === 'staff' && reviewer.id === assigneeId;
      if (assigneeId && !self) await this.alerts.assigned(requestId, assigneeId);
    });
  }

  async bulkAssign(
    ids: readonly string[],
    assigneeId: string | null,
    reviewer: Reviewer,
  ): Promise<BulkOutcome[]> {
    assertMayActOnRequests(reviewer);
    const outcomes: BulkOutcome[] = [];
    for (const id of ids) {
      try {
        await this.assign(id, assigneeId, reviewer);
        outcomes.push({ id, ok: true });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        // A wrong assignee is wrong for every request: say so once, not per row.
        if (error.code === 'invalid_input') throw error;
        outcomes.push({ id, ok: false, message: error.message });
      }
    }
    return outcomes;
  }

  /**
   * The one extension the law allows, before the original due date, with the reason told to the
   * person (regs 7021(b); GDPR Art. 12(3)): the new date comes from the domain's deadline rules.
   */
  async extend(requestId: string, reason: string, reviewer: Reviewer, now = new Date()) {
    return this.txHost.withTransaction(async () => {
      assertMayActOnRequests(reviewer);
      assertRequestId(requestId);
      const request = await this.lockRequest(requestId);
      const due = currentDueDate(request, this.config.COMPANY_TIME_ZONE);
      if (!due) {
        throw new DomainError(
          'invalid_state',
          `${request.reference} has no recorded deadline basis, so it cannot be extended here.`,
        );
      }
      const extended = extendDueDate(
        { status: request.status, due, extended: request.originalDueAt !== null },
        { reason, noticeGivenAt: now },
        this.config.COMPANY_TIME_ZONE,
      );
      await this.requests.extendDue(request.id, {
        dueAt: extended.dueAt,
        dueExplanation: extended.explanation,
        dueRule: { dueOn: extended.dueOn, basis: extended.basis },
        originalDueAt: request.dueAt,
        extensionReason: reason,
      });
      await this.trail.append({
        requestId: request.id,
        actor: actorOf(reviewer),
        action: 'request.extend',
        fromStatus: request.status,
        toStatus: request.status,
        reason,
        data: { originalDueOn: due.dueOn, dueOn: extended.dueOn, rule: extended.rule },
      });
      await this.notices.renderInto(this.txHost.tx, request.id, 'request_extended', {
        facts: { reason },
      });
      // The person's language, for whoever words the new date for them.
      return { ...extended, language: request.language as Language };
    });
  }

  /**
   * CCPA regs 7020: a deficient request is answered with what would fix it. The question is
   * kept as correspondence, shown on both timelines, and sent once by the person's channel.
   */
  async requestInformation(requestId: string, message: string, reviewer: Reviewer) {
    return this.txHost.withTransaction(async () => {
      assertMayActOnRequests(reviewer);
      assertRequestId(requestId);
      const questionId = await this.messages.add({
        requestId,
        direction: 'to_person',
        channel: 'console',
        body: message,
        receivedAt: new Date(),
        recordedBy: actorOf(reviewer),
      });
      // The question's id on the audit row: the clock rules count from when it was sent.
      const moved = await this.requests.transition(requestId, 'ask_for_info', {
        actor: actorOf(reviewer),
        reason: message,
        data: { questionId },
      });
      // Asking twice sends two notices: each question is its own message.
      const asked = await this.requests.countEvents(requestId, 'request.ask_for_info');
      await this.notices.renderInto(this.txHost.tx, requestId, 'information_needed', {
        dedupeKey: `information_needed:${asked}`,
        facts: { reason: message },
      });
      return moved;
    });
  }

  /**
   * The person answered by letter or call, entered by staff with the day it reached the
   * company: kept as their answer, and the request goes back to review with the due date the
   * law gives from that day.
   */
  async informationReceived(
    requestId: string,
    answer: { note: string; manner?: 'letter' | 'phone'; receivedOn?: string },
    reviewer: Reviewer,
    now = new Date(),
  ) {
    assertMayActOnRequests(reviewer);
    assertRequestId(requestId);
    const request = await this.requests.findById(requestId);
    if (!request)
      throw new DomainError('not_found', 'No request with that id is available to you.');
    if (request.status !== 'needs_info') {
      throw new DomainError(
        'invalid_state',
        `cannot record an answer on a request that is ${statusInWords(request.status)}: no question is waiting`,
      );
    }
    // A letter or call is known by its day: placed at that day's midday in the company's zone (or
    // now, if earlier), so the person reads that day wherever they live, east or west of us; a
    // day still to come stays in the future, for the answer's own check to refuse.
    const zone = this.config.COMPANY_TIME_ZONE;
    const midday = answer.receivedOn
      ? new Date(startOfDayIn(parseCalendarDate(answer.receivedOn), zone).getTime() + MIDDAY_MS)
      : now;
    const receivedAt =
      answer.receivedOn === formatCalendarDate(calendarDateIn(now, zone))
        ? new Date(Math.min(now.getTime(), midday.getTime()))
        : midday;
    return this.answers.execute(
      requestId,
      { channel: answer.manner ?? 'phone', receivedAt, text: answer.note },
      actorOf(reviewer),
      now,
    );
  }

  /** Internal: never shown to the person. Any request, open or closed, may be annotated. */
  async addNote(requestId: string, body: string, reviewer: Reviewer): Promise<RequestNote> {
    return this.txHost.withTransaction(async () => {
      assertMayActOnRequests(reviewer);
      assertRequestId(requestId);
      await this.lockRequest(requestId);
      const note = await this.requests.addNote(requestId, actorOf(reviewer), body);
      // The note's text may name people; the audit row records only that it was written.
      await this.trail.append({
        requestId,
        actor: actorOf(reviewer),
        action: 'request.note_added',
        data: { noteId: note.id },
      });
      return note;
    });
  }

  private async lockRequest(requestId: string) {
    const request = await this.requests.findForUpdate(requestId);
    if (!request)
      throw new DomainError('not_found', 'No request with that id is available to you.');
    return request;
  }
}
