import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { FulfilmentStep } from '@rightsdesk/persistence';
import { RequestRepository } from '@rightsdesk/requests';
import { FailFulfilmentStepUseCase } from './fail-fulfilment-step.use-case';
import { FulfilmentJobsQuery } from './fulfilment-jobs.query';

/** Quiet this long, a request in progress is asked whether any job still works on it. */
const QUIET_FOR = '5 minutes';
const BATCH = 50;

/** What the person's officer reads on the request: what happened, and what to do. */
export const ABANDONED_MESSAGE =
  'stopped without finishing: no job is left to run it (a worker stopped while it ran); Start again to retry';

/**
 * A request in progress whose jobs are all gone (the worker holding its last job died before it
 * could record the failure, or Redis lost the job) would wait forever: it is failed visibly
 * instead, on the step that was not done, so an officer sees it and starts it again. Only a
 * request quiet for a while, with no step waiting on a recipient or a task by hand, and whose
 * jobs BullMQ says are all finished is failed; when Redis cannot answer, nothing is decided.
 * The request's row is locked first, so several workers fail it once.
 */
@Injectable()
export class FailAbandonedFulfilmentUseCase {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly requests: RequestRepository,
    private readonly jobs: FulfilmentJobsQuery,
    private readonly failures: FailFulfilmentStepUseCase,
  ) {}

  /** Fails the abandoned requests of one batch; returns how many were failed. */
  async runOnce(): Promise<number> {
    let failed = 0;
    for (const requestId of await this.quietRequests()) {
      if (await this.failIfAbandoned(requestId)) failed += 1;
    }
    return failed;
  }

  private async quietRequests(): Promise<string[]> {
    const rows = (await this.txHost.tx.query(
      `SELECT r.id FROM requests r
        WHERE r.status = 'in_progress'
          AND r.updated_at < now() - interval '${QUIET_FOR}'
          AND NOT EXISTS (
            SELECT 1 FROM fulfilment_steps s
             WHERE s.request_id = r.id
               AND (s.status = 'waiting' OR s.updated_at >= now() - interval '${QUIET_FOR}'))
        ORDER BY r.updated_at
        LIMIT ${BATCH}`,
    )) as Array<{ id: string }>;
    return rows.map((row) => row.id);
  }

  private failIfAbandoned(requestId: string): Promise<boolean> {
    return this.txHost.withTransaction(async () => {
      const request = await this.requests.findForUpdate(requestId);
      if (request?.status !== 'in_progress') return false;
      if ((await this.jobs.of(requestId)) !== 'none') return false;
      const unfinished = await this.txHost.tx.getRepository(FulfilmentStep).findOne({
        where: { requestId, status: 'pending' },
        order: { createdAt: 'ASC' },
      });
      if (unfinished) await this.failures.execute(unfinished.id, ABANDONED_MESSAGE);
      else await this.failures.failRequest(requestId, 'fulfilment', ABANDONED_MESSAGE);
      return true;
    });
  }
}
