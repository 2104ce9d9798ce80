import { DataSource, EntityManager } from 'typeorm';
import { DomainError, extendDueDate, isOpen } from '@rightsdesk/domain';
import { RenderNoticeUseCase } from '@rightsdesk/notices';
import {
  DataSubjectRequest,
  RequestEvent,
  RequestNote,
  appendAuditEvent,
  transitionRequest,
} from '@rightsdesk/persistence';
import { currentDueDate } from './current-due-date';
import { BulkOutcome } from './review-decisions.use-case';
import { Reviewer, actorOf, assertMayActOnRequests, assertRequestId } from './reviewer';

/** Whether a staff member may be given requests (exists, active, not read-only). */
export type AssigneeCheck = (manager: EntityManager, staffId: string) => Promise<boolean>;

/**
 * Working a request without deciding it: assign, extend the deadline once, ask the person for
 * information and record the answer, leave an internal note. Role checked, state checked, audit
 * row and any notice written in the transaction of the change.
 */
export class ReviewHandlingUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notices: RenderNoticeUseCase,
    private readonly settings: { timeZone: string },
    private readonly isAssignable: AssigneeCheck,
  ) {}

  async assign(requestId: string, assigneeId: string | null, reviewer: Reviewer): Promise<void> {
    assertMayActOnRequests(reviewer);
    assertRequestId(requestId);
    await this.dataSource.transaction((manager) =>
      this.assignInto(manager, requestId, assigneeId, reviewer),
    );
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
    assertMayActOnRequests(reviewer);
    assertRequestId(requestId);
    return this.dataSource.transaction(async (manager) => {
      const request = await this.lockRequest(manager, requestId);
      const due = currentDueDate(request, this.settings.timeZone);
      if (!due) {
        throw new DomainError(
          'invalid_state',
          `${request.reference} has no recorded deadline basis, so it cannot be extended here.`,
        );
      }
      const extended = extendDueDate(
        { status: request.status, due, extended: request.originalDueAt !== null },
        { reason, noticeGivenAt: now },
        this.settings.timeZone,
      );
      await manager.update(
        DataSubjectRequest,
        { id: request.id },
        {
          dueAt: extended.dueAt,
          dueExplanation: extended.explanation,
          dueRule: { dueOn: extended.dueOn, basis: extended.basis },
          originalDueAt: request.dueAt,
          extensionReason: reason,
        },
      );
      await appendAuditEvent(manager, {
        requestId: request.id,
        actor: actorOf(reviewer),
        action: 'request.extend',
        fromStatus: request.status,
        toStatus: request.status,
        reason,
        data: { originalDueOn: due.dueOn, dueOn: extended.dueOn, rule: extended.rule },
      });
      await this.notices.renderInto(manager, request.id, 'request_extended', {
        facts: { reason, dueExplanation: extended.explanation },
      });
      return extended;
    });
  }

  /** CCPA regs 7020: a deficient request is answered with what would fix it. */
  async requestInformation(requestId: string, message: string, reviewer: Reviewer) {
    assertMayActOnRequests(reviewer);
    assertRequestId(requestId);
    return this.dataSource.transaction(async (manager) => {
      const moved = await transitionRequest(manager, requestId, 'ask_for_info', {
        actor: actorOf(reviewer),
        reason: message,
      });
      // Asking twice sends two notices: each question is its own message.
      const asked = await manager
        .getRepository(RequestEvent)
        .countBy({ requestId, action: 'request.ask_for_info' });
      await this.notices.renderInto(manager, requestId, 'information_needed', {
        dedupeKey: `information_needed:${asked}`,
        facts: { reason: message },
      });
      return moved;
    });
  }

  /** The person answered (by reply, post or phone): back to review, with what came in. */
  async informationReceived(requestId: string, note: string, reviewer: Reviewer) {
    assertMayActOnRequests(reviewer);
    assertRequestId(requestId);
    return this.dataSource.transaction((manager) =>
      transitionRequest(manager, requestId, 'info_received', {
        actor: actorOf(reviewer),
        reason: note,
      }),
    );
  }

  /** Internal: never shown to the person. Any request, open or closed, may be annotated. */
  async addNote(requestId: string, body: string, reviewer: Reviewer): Promise<RequestNote> {
    assertMayActOnRequests(reviewer);
    assertRequestId(requestId);
    return this.dataSource.transaction(async (manager) => {
      await this.lockRequest(manager, requestId);
      const note = await manager.save(
        manager.create(RequestNote, { requestId, author: actorOf(reviewer), body }),
      );
      // The note's text may name people; the audit row records only that it was written.
      await appendAuditEvent(manager, {
        requestId,
        actor: actorOf(reviewer),
        action: 'request.note_added',
        data: { noteId: note.id },
      });
      return note;
    });
  }

  private async assignInto(
    manager: EntityManager,
    requestId: string,
    assigneeId: string | null,
    reviewer: Reviewer,
  ): Promise<void> {
    if (assigneeId !== null && !(await this.isAssignable(manager, assigneeId))) {
      throw new DomainError(
        'invalid_input',
        'No active staff member with that id can be assigned.',
        [{ path: 'assigneeId', message: 'is not an active privacy officer or admin' }],
      );
    }
    const request = await this.lockRequest(manager, requestId);
    if (!isOpen(request.status)) {
      throw new DomainError(
        'invalid_state',
        `cannot assign a request that is ${request.status}: it is closed`,
      );
    }
    if (request.assigneeId === assigneeId) return;
    await manager.update(DataSubjectRequest, { id: requestId }, { assigneeId });
    await appendAuditEvent(manager, {
      requestId,
      actor: actorOf(reviewer),
      action: assigneeId ? 'request.assign' : 'request.unassign',
      data: { assigneeId, previousAssigneeId: request.assigneeId },
    });
  }

  private async lockRequest(manager: EntityManager, requestId: string) {
    const request = await manager
      .getRepository(DataSubjectRequest)
      .createQueryBuilder('request')
      .setLock('pessimistic_write')
      .where('request.id = :requestId', { requestId })
      .getOne();
    if (!request)
      throw new DomainError('not_found', 'No request with that id is available to you.');
    return request;
  }
}
