import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { FulfilmentStep } from '@rightsdesk/persistence';
import { JobLiveness, LiveJobs, jobIdFor } from '@rightsdesk/queue';
import { RequestRepository } from '@rightsdesk/requests';

/**
 * Whether a job of a request's fulfilment will still run: its start, each step and its
 * completion, in every generation (one per retry). A request in progress with none left would
 * never end: an officer may start it again.
 */
@Injectable()
export class FulfilmentJobsQuery {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly requests: RequestRepository,
    private readonly liveJobs: LiveJobs,
  ) {}

  async of(requestId: string): Promise<JobLiveness> {
    const retries = await this.requests.countEvents(requestId, 'request.retry');
    const steps = await this.txHost.tx
      .getRepository(FulfilmentStep)
      .find({ where: { requestId }, select: { id: true } });
    const jobIds = Array.from({ length: retries + 1 }, (_, generation) => [
      jobIdFor('fulfilment.start', requestId, `g${generation}`),
      jobIdFor('fulfilment.complete', requestId, `g${generation}`),
      ...steps.map((step) => jobIdFor('fulfilment.step', step.id, `g${generation}`)),
    ]).flat();
    return this.liveJobs.of('fulfilment', jobIds);
  }
}
