import { Injectable } from '@nestjs/common';
import { correctionsOf } from '@rightsdesk/domain';
import { DataSubjectRequest, Outbox } from '@rightsdesk/persistence';
import { jobIdFor, outboxEntryFor } from '@rightsdesk/queue';
import { RequestRepository } from '@rightsdesk/requests';
import { ApprovalPolicy, isAutoApproved } from './approval-policy';

/**
 * What follows verification, in the current transaction: a second open request of the same type
 * for the same verified person is linked to the first and closed, not processed twice; otherwise
 * the request is approved by policy (and its fulfilment starts) or goes to an officer's review.
 */
@Injectable()
export class AdvanceVerifiedRequest {
  constructor(
    private readonly requests: RequestRepository,
    private readonly outbox: Outbox,
  ) {}

  async advance(
    request: DataSubjectRequest,
    approval: ApprovalPolicy,
  ): Promise<DataSubjectRequest> {
    const subject = await this.requests.subjectOf(request);
    const earlier = await this.requests.findOpenDuplicate(request, subject);
    if (earlier) {
      return this.requests.transition(request.id, 'cancel', {
        actor: 'system',
        reason: `duplicate of ${earlier.reference}, which is already being handled`,
        data: { duplicateOf: earlier.id },
        changes: { duplicateOfId: earlier.id },
      });
    }
    // A correction naming one of several records waits for an officer to see the rows it would
    // change before anything is written, whatever the policy says.
    const namesARecord = correctionsOf(request.details).some((entry) => entry.record !== null);
    if (namesARecord || !isAutoApproved(approval, request.type, request.regime)) {
      return this.requests.transition(request.id, 'submit_for_review', { actor: 'system' });
    }
    const approved = await this.requests.transition(request.id, 'approve', {
      actor: 'policy',
      reason:
        request.type === 'withdraw_consent'
          ? 'a consent withdrawal takes effect at once (GDPR Art. 7(3)); no review is set for it'
          : 'approved automatically by the approval policy for this type',
      context: { approval: 'automatic' },
    });
    await this.startFulfilment(approved);
    return approved;
  }

  /** Schedules the fulfilment flow of an approved request, in the approving transaction. */
  async startFulfilment(request: Pick<DataSubjectRequest, 'id'>): Promise<void> {
    await this.outbox.enqueue(fulfilmentStart(request.id));
  }
}

function fulfilmentStart(requestId: string) {
  return outboxEntryFor(
    'fulfilment.start',
    { v: 1, requestId, generation: 0 },
    jobIdFor('fulfilment.start', requestId, 'g0'),
  );
}
