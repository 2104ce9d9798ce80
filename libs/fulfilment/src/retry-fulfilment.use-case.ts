import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import {
  DataSubjectRequest,
  FulfilmentStep,
  RequestEvent,
  enqueueInOutbox,
  transitionRequest,
} from '@rightsdesk/persistence';
import { jobIdFor, outboxEntryFor } from '@rightsdesk/queue';

/**
 * An officer retries a failed request: it goes back to in_progress, its failed steps to pending,
 * and a new flow starts (a new generation, so BullMQ sees new job ids). Steps already done are
 * not done again.
 */
@Injectable()
export class RetryFulfilmentUseCase {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  async execute(requestId: string, actor: string): Promise<DataSubjectRequest> {
    return this.txHost.withTransaction(async () => {
      const manager = this.txHost.tx;
      const retried = await transitionRequest(manager, requestId, 'retry', {
        actor,
        reason: 'retry of the failed steps',
        changes: { failure: null },
      });
      await manager.update(
        FulfilmentStep,
        { requestId, status: 'failed' },
        { status: 'pending', error: null },
      );
      const generation = await manager
        .getRepository(RequestEvent)
        .countBy({ requestId, action: 'request.retry' });
      await enqueueInOutbox(
        manager,
        outboxEntryFor(
          'fulfilment.start',
          { v: 1, requestId, generation },
          jobIdFor('fulfilment.start', requestId, `g${generation}`),
        ),
      );
      return retried;
    });
  }
}
