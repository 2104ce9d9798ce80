import { APP_CONFIG, type AppConfig } from '@rightsdesk/config';
import { Inject, Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { EntityManager } from 'typeorm';
import type { SubjectLocation } from '@rightsdesk/connectors';
import {
  DataSubjectRequest,
  FulfilmentStep,
  SuppressionRecord,
  enqueueInOutbox,
} from '@rightsdesk/persistence';
import { jobIdFor, outboxEntryFor } from '@rightsdesk/queue';
import { RequestRepository } from '@rightsdesk/requests';
import { suppressionHash } from './suppression-hash';
import type { SourceRegistry } from '@rightsdesk/connectors';
import { FulfilmentSources } from './fulfilment-sources';

/**
 * The flow's last job, run once every step is done (or, when a step waits for a recipient or
 * staff, again once that step is done): proves an erasure left nothing erasable
 * (the re-query's result is kept on the step), leaves a suppression record for a deletion or a
 * withdrawal of consent, completes the request and schedules the notice, in one transaction.
 */
@Injectable()
export class CompleteFulfilmentUseCase {
  private readonly suppressionKey: Buffer;

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly sources: FulfilmentSources,
    private readonly requests: RequestRepository,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.suppressionKey = config.tokenKey;
  }

  async execute(requestId: string): Promise<void> {
    const request = await this.requests.getById(requestId);
    if (request.status !== 'in_progress') return; // completed by its step (access) or earlier
    const steps = await this.txHost.tx.getRepository(FulfilmentStep).findBy({ requestId });
    const unfinished = steps.filter((step) => step.status !== 'done');
    // A recipient or staff still has to act; completing that step schedules this check again.
    if (unfinished.length > 0 && unfinished.every((step) => step.status === 'waiting')) return;
    if (unfinished.length > 0) {
      throw new Error(
        `steps not done: ${unfinished.map((step) => `${step.action}/${step.source}`).join(', ')}`,
      );
    }
    const subject = await this.requests.subjectOf(request);
    const sources = await this.sources.ofRequest(requestId);
    const residual = await this.checkErasures(sources, steps, subject.email ?? '');

    await this.txHost.withTransaction(async () => {
      const manager = this.txHost.tx;
      for (const [stepId, counts] of residual) {
        const step = steps.find((candidate) => candidate.id === stepId) as FulfilmentStep;
        await manager.query(
          'UPDATE fulfilment_steps SET result = $2, updated_at = now() WHERE id = $1',
          [stepId, JSON.stringify({ ...step.result, residual: counts })],
        );
      }
      // The suppression list keys on email; a person reached only by post has none to list.
      if ((request.type === 'delete' || request.type === 'withdraw_consent') && subject.email) {
        await this.suppress(manager, request, subject.email);
      }
      const current = await this.requests.getById(requestId);
      if (current.status !== 'in_progress') return;
      await this.requests.transition(requestId, 'complete', {
        actor: 'worker',
        data: { steps: steps.map((step) => ({ action: step.action, source: step.source })) },
        changes: { completedAt: new Date(), failure: null },
      });
      await enqueueInOutbox(
        manager,
        outboxEntryFor(
          'notice.render',
          { v: 1, requestId, notice: 'request_completed' },
          jobIdFor('notice.render', requestId, 'request_completed'),
        ),
      );
    });
  }

  /** Re-queries every erased source; anything erasable still there fails the step's request. */
  private async checkErasures(
    sources: SourceRegistry,
    steps: FulfilmentStep[],
    email: string,
  ): Promise<Map<string, Record<string, number>>> {
    const residual = new Map<string, Record<string, number>>();
    // Databases are re-queried; a recipient told by webhook or staff answers for its own system.
    const told = (step: FulfilmentStep) => sources.toldSystem(step.source) !== undefined;
    for (const step of steps.filter(
      (candidate) => candidate.action === 'erase' && !told(candidate),
    )) {
      const connector = sources.connectors.find(
        (candidate) => candidate.system.name === step.source,
      );
      if (!connector) throw new Error(`no data source "${step.source}" in the data map`);
      const planned = step.planned as { location: SubjectLocation } | null;
      const counts = await connector.residualAfterErasure({ email }, planned?.location);
      const left = Object.entries(counts).filter(([, count]) => count > 0);
      if (left.length > 0) {
        throw new Error(
          `erasure in ${step.source} left rows: ${left.map(([table, count]) => `${table} ${count}`).join(', ')}`,
        );
      }
      residual.set(step.id, counts);
    }
    return residual;
  }

  private async suppress(
    manager: EntityManager,
    request: DataSubjectRequest,
    email: string,
  ): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(SuppressionRecord)
      .values({
        identityHash: suppressionHash(this.suppressionKey, email),
        reason: request.type === 'delete' ? 'deleted' : 'consent_withdrawn',
        requestId: request.id,
      })
      .orIgnore()
      .execute();
  }
}
