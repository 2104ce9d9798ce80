import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { DataSubjectRequest, FulfilmentStep, enqueueInOutbox } from '@rightsdesk/persistence';
import { jobIdFor, outboxEntryFor } from '@rightsdesk/queue';
import { DomainError } from '@rightsdesk/domain';
import { RequestRepository } from '@rightsdesk/requests';
import { FulfilmentJobsQuery } from './fulfilment-jobs.query';

/**
 * An officer retries a failed request, or one left in progress with no job left to run it (its
 * job failed for good or was lost): it is in_progress, its failed steps go back to pending, and a
 * new flow starts (a new generation, so BullMQ sees new job ids). Steps already done are not done
 * again. The request's row is locked first, so of two retries at once the second finds the
 * first's job waiting and is refused: the work is started once.
 */
@Injectable()
export class RetryFulfilmentUseCase {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly requests: RequestRepository,
    private readonly jobs: FulfilmentJobsQuery,
  ) {}

  async execute(requestId: string, actor: string): Promise<DataSubjectRequest> {
    return this.txHost.withTransaction(async () => {
      const manager = this.txHost.tx;
      const request = await this.requests.findForUpdate(requestId);
      if (!request) throw new DomainError('not_found', `request ${requestId} does not exist`);
      const stuck = request.status === 'in_progress';
      const retried = await this.requests.transition(requestId, 'retry', {
        actor,
        reason: stuck ? 'retry of a request no job was working on' : 'retry of the failed steps',
        changes: { failure: null },
        context: stuck ? { fulfilmentJob: await this.jobs.of(requestId) } : {},
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
