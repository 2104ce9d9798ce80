import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { DataSubjectRequest, FulfilmentStep, enqueueInOutbox } from '@rightsdesk/persistence';
import { jobIdFor, outboxEntryFor } from '@rightsdesk/queue';
import { RequestRepository } from '@rightsdesk/requests';

/**
 * An officer retries a failed request: it goes back to in_progress, its failed steps to pending,
 * and a new flow starts (a new generation, so BullMQ sees new job ids). Steps already done are
 * not done again.
 */
@Injectable()
export class RetryFulfilmentUseCase {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly requests: RequestRepository,
  ) {}

  async execute(requestId: string, actor: string): Promise<DataSubjectRequest> {
    return this.txHost.withTransaction(async () => {
      const manager = this.txHost.tx;
      const retried = await this.requests.transition(requestId, 'retry', {
        actor,
        reason: 'retry of the failed steps',
        changes: { failure: null },
      });
      await manager.update(
        FulfilmentStep,
        { requestId, status: 'failed' },
        { status: 'pending', error: null },
      );
      const generation = await this.requests.countEvents(requestId, 'request.retry');
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
