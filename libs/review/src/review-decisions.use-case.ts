import { isDeepStrictEqual } from 'node:util';
import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { PeopleLanguage } from '@rightsdesk/data-map';
import { DomainError, correctionsOf } from '@rightsdesk/domain';
import { AdvanceVerifiedRequest } from '@rightsdesk/intake';
import { RenderNoticeUseCase } from '@rightsdesk/notices';
import { DataSubjectRequest } from '@rightsdesk/persistence';
import { AuditTrail, RequestRepository } from '@rightsdesk/requests';
import { CorrectionPreview, CorrectionPreviews, chooseRows } from './correction-previews';
import { ReopenAfterAppeal } from './reopen-after-appeal';
import { describeDenialBasis } from './denial-bases';
import { AppealDecisionCommand, DenyCommand } from './review-commands.schema';
import { Reviewer, actorOf, assertMayActOnRequests, assertRequestId } from './reviewer';

/** The outcome of one request in a bulk action. */
export interface BulkOutcome {
  id: string;
  ok: boolean;
  status?: string;
  /** Why this one was refused, e.g. "cannot approve a request that is waiting for information from the person". */
  message?: string;
}

/**
 * An officer's decisions on a request: approve, deny with a basis, cancel, decide an appeal. Each
 * checks the role, moves the request through the state machine, writes the audit row and the
 * notice it owes the person (rendered into correspondence with its send job in the outbox) in
 * one transaction: either all of it happens or none.
 */
@Injectable()
export class ReviewDecisionsUseCase {
  constructor(
    private readonly requests: RequestRepository,
    private readonly verified: AdvanceVerifiedRequest,
    private readonly reopenAfterAppeal: ReopenAfterAppeal,
    private readonly notices: RenderNoticeUseCase,
    private readonly previews: CorrectionPreviews,
    private readonly trail: AuditTrail,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  /**
   * `ticked` carries, per correction, the row keys the officer left ticked on the request page;
   * without it (the API, bulk approval) the suggested rows are taken: the one record named, or a
   * plain field's rows. A correction that matches no record, or several nobody chose, sends the
   * request back to the person instead (regs 7020): nothing is guessed, nothing written.
   *
   * The person's rows are read from the sources before the transaction opens, so no database
   * connection is held while a source answers (a pool of a few connections would otherwise run
   * dry with a few officers approving at once); the transaction then checks that the request is
   * still the one whose rows were read.
   */
  async approve(
    requestId: string,
    reviewer: Reviewer,
    ticked?: ReadonlyArray<readonly string[]>,
  ): Promise<DataSubjectRequest> {
    assertMayActOnRequests(reviewer);
    assertRequestId(requestId);
    const read = await this.correctionRowsFound(requestId);
    return this.txHost.withTransaction(async () => {
      await this.refuseAppeal(requestId, 'approved');
      const request = await this.requests.findById(requestId);
      if (request && awaitsCorrectionRows(request)) {
        if (!read || !isDeepStrictEqual(read.details, request.details)) {
          throw new DomainError(
            'invalid_state',
            `${request.reference} changed while its records were being read; open it again and approve it.`,
          );
        }
        const asked = await this.chooseCorrectionRows(request, read.previews, reviewer, ticked);
        if (asked) return asked;
      }
      const approved = await this.requests.transition(requestId, 'approve', {
        actor: actorOf(reviewer),
        reason: 'approved in review',
        context: { approval: 'manual' },
      });
      // The fulfilment flow starts from the outbox, in the approving transaction.
      await this.verified.startFulfilment(approved);
      return approved;
    });
  }

  /** The rows each correction of a correction request would change, read outside any transaction. */
  private async correctionRowsFound(
    requestId: string,
  ): Promise<{ details: Record<string, unknown>; previews: CorrectionPreview[] } | null> {
    const request = await this.requests.findById(requestId);
    if (!request || !awaitsCorrectionRows(request)) return null;
    const subject = await this.requests.subjectOf(request);
    return {
      details: request.details,
      previews: await this.previews.of(request.details, subject.email ?? ''),
    };
  }

  /**
   * Records the rows each correction will change (keys only, audited), or asks the person which
   * record they meant and returns the request now waiting for them.
   */
  private async chooseCorrectionRows(
    request: DataSubjectRequest,
    previews: CorrectionPreview[],
    reviewer: Reviewer,
    ticked: ReadonlyArray<readonly string[]> | undefined,
  ): Promise<DataSubjectRequest | null> {
    const choice = chooseRows(previews, ticked);
    if (!choice.ok) {
      const unmatched = choice.unmatched.flatMap(({ index, found }) => {
        const preview = previews[index];
        return preview ? [{ preview, found }] : [];
      });
      const moved = await this.requests.transition(request.id, 'ask_for_info', {
        actor: actorOf(reviewer),
        reason: `The correction could not be matched to one record (${unmatched
          .map(
            ({ preview, found }) =>
              `${preview.table}: ${found === 'none' ? 'no match' : 'several matches'}`,
          )
          .join('; ')}); the person is asked which one they mean.`,
      });
      const asked = await this.requests.countEvents(request.id, 'request.ask_for_info');
      await this.notices.renderInto(this.txHost.tx, request.id, 'information_needed', {
        dedupeKey: `information_needed:${asked}`,
        // Named in the person's language, in the data map's words for people.
        facts: {
          unmatchedCorrections: unmatched.map(({ preview, found }) => ({
            record: this.previews.recordWords(preview, request.language as PeopleLanguage),
            found,
          })),
        },
      });
      return moved;
    }
    const corrections = correctionsOf(request.details).map((entry, index) => ({
      ...entry,
      rows: choice.rows[index] ?? [],
    }));
    await this.requests.setDetails(request.id, { ...request.details, corrections });
    await this.trail.append({
      requestId: request.id,
      actor: actorOf(reviewer),
      action: 'request.correction_rows_chosen',
      data: {
        corrections: corrections.map(({ system, table, rows }) => ({ system, table, rows })),
      },
    });
    return null;
  }

  /** Each request in its own transaction: one that moved meanwhile does not hold back the rest. */
  async bulkApprove(ids: readonly string[], reviewer: Reviewer): Promise<BulkOutcome[]> {
    assertMayActOnRequests(reviewer);
    const outcomes: BulkOutcome[] = [];
    for (const id of ids) {
      try {
        const approved = await this.approve(id, reviewer);
        outcomes.push({ id, ok: true, status: approved.status });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        outcomes.push({ id, ok: false, message: error.message });
      }
    }
    return outcomes;
  }

  async deny(
    requestId: string,
    command: DenyCommand,
    reviewer: Reviewer,
  ): Promise<DataSubjectRequest> {
    return this.txHost.withTransaction(async () => {
      assertMayActOnRequests(reviewer);
      assertRequestId(requestId);
      await this.refuseAppeal(requestId, 'denied');
      const denied = await this.requests.transition(requestId, 'deny', {
        actor: actorOf(reviewer),
        reason: command.note,
        context: { legalBasis: describeDenialBasis(command.basis) },
        data: { basis: command.basis },
        changes: { denialBasis: command.basis, denialReason: command.note },
      });
      // regs 7022-7024, GDPR 12(4): the person is told the basis and how to appeal or complain.
      await this.notices.renderInto(this.txHost.tx, requestId, 'request_denied', {
        facts: { denialReason: command.basis, reason: command.note },
      });
      return denied;
    });
  }

  async cancel(requestId: string, reason: string, reviewer: Reviewer): Promise<DataSubjectRequest> {
    return this.txHost.withTransaction(async () => {
      assertMayActOnRequests(reviewer);
      assertRequestId(requestId);
      return this.requests.transition(requestId, 'cancel', { actor: actorOf(reviewer), reason });
    });
  }

  /**
   * An appeal upheld (the earlier decision stands: the appeal is refused, with reasons and the
   * Attorney General to complain to) or reversed (granted: the appeal completes, a new request of
   * the original kind waits in review, and the person is told the company will now act).
   * Va. Code 59.1-577(C); C.R.S. 6-1-1306(3).
   */
  async decideAppeal(
    requestId: string,
    command: AppealDecisionCommand,
    reviewer: Reviewer,
  ): Promise<DataSubjectRequest> {
    return this.txHost.withTransaction(async () => {
      assertMayActOnRequests(reviewer);
      assertRequestId(requestId);
      const appeal = await this.requests.findById(requestId);
      if (!appeal)
        throw new DomainError('not_found', 'No request with that id is available to you.');
      if (appeal.type !== 'appeal') {
        throw new DomainError('invalid_state', `${appeal.reference} is not an appeal.`);
      }
      const actor = actorOf(reviewer);
      const data = { decision: command.decision, appealOf: appeal.parentRequestId };
      let decided: DataSubjectRequest;
      if (command.decision === 'uphold') {
        decided = await this.requests.transition(requestId, 'deny', {
          actor,
          reason: command.reason,
          context: { legalBasis: 'appeal refused: the earlier decision stands' },
          data,
          changes: { denialBasis: 'appeal_refused', denialReason: command.reason },
        });
      } else {
        // The decision is the appeal's whole answer: reviewed, decided, done, each step audited.
        await this.requests.transition(requestId, 'approve', {
          actor,
          data,
          context: { approval: 'manual' },
        });
        await this.requests.transition(requestId, 'start', { actor });
        const followUp = await this.reopenAfterAppeal.reopen(appeal, actor);
        decided = await this.requests.transition(requestId, 'complete', {
          actor,
          reason: command.reason,
          data: { ...data, followUp: followUp?.id ?? null },
          changes: { completedAt: new Date() },
        });
      }
      await this.notices.renderInto(this.txHost.tx, requestId, 'appeal_decided', {
        facts: {
          appealOutcome: command.decision === 'uphold' ? 'denied' : 'granted',
          reason: command.reason,
        },
      });
      return decided;
    });
  }

  private async refuseAppeal(requestId: string, verb: string) {
    const request = await this.requests.findById(requestId);
    if (request?.type === 'appeal') {
      throw new DomainError(
        'invalid_state',
        `An appeal is not ${verb} like a request: decide it (uphold or reverse) instead.`,
      );
    }
  }
}

/** A correction request an officer may approve, whose rows are chosen as it is approved. */
function awaitsCorrectionRows(request: DataSubjectRequest): boolean {
  return request.type === 'correct' && ['awaiting_review', 'verified'].includes(request.status);
}
