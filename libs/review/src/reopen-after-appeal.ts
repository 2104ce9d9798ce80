import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@rightsdesk/config';
import { dueDatesFor } from '@rightsdesk/domain';
import { DataSubjectRequest } from '@rightsdesk/persistence';
import { AuditTrail, RequestRepository } from '@rightsdesk/requests';

/**
 * A reversed appeal means the company will now do what it refused (Va. Code 59.1-577(C); C.R.S.
 * 6-1-1306(3)): the original request is closed and stays as it was decided, so the work is a new
 * request of the same kind, for the same person, with the same details, already past
 * verification (the officer's decision stands for it), waiting in review on a fresh response
 * clock from the decision. In the current transaction.
 */
@Injectable()
export class ReopenAfterAppeal {
  constructor(
    private readonly requests: RequestRepository,
    private readonly trail: AuditTrail,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Returns the new request, or null when there is nothing to redo. */
  async reopen(
    appeal: DataSubjectRequest,
    actor: string,
    now = new Date(),
  ): Promise<{ id: string; reference: string } | null> {
    if (!appeal.parentRequestId) return null;
    const original = await this.requests.findById(appeal.parentRequestId);
    if (!original || original.type === 'appeal') return null;
    const { id, reference } = await this.requests.addReopened({
      original,
      details: { ...original.details, reopenedByAppeal: appeal.id, originalRequest: original.id },
      receivedAt: now,
      dueDates: dueDatesFor(
        { type: original.type, regime: original.regime, receivedAt: now },
        { timeZone: this.config.COMPANY_TIME_ZONE },
      ),
      verification: { outcome: 'appeal_reversed', appeal: appeal.id, at: now.toISOString() },
    });
    await this.trail.append({
      requestId: id,
      actor,
      action: 'request.received',
      toStatus: 'verified',
      reason: `opened because appeal ${appeal.reference} of ${original.reference} was granted`,
      data: { appeal: appeal.id, originalRequest: original.id },
    });
    await this.requests.transition(id, 'submit_for_review', { actor });
    return { id, reference };
  }
}
