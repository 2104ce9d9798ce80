import { DataSource } from 'typeorm';
import type { PostgresConnector, SubjectIdentity, SubjectLocation } from '@rightsdesk/connectors';
import {
  DataSubjectRequest,
  FulfilmentStep,
  SubjectIdentity as StoredIdentity,
  appendAuditEvent,
} from '@rightsdesk/persistence';
import { failpoint } from '@rightsdesk/observability';
import { CollectAccessPackageUseCase } from './collect-access-package.use-case';
import { erasureResult } from './erasure-result';
import { SourceRegistry } from './source-registry';

/** What a step found before it acted: row keys and counts, no personal data. */
interface PlannedErasure {
  location: SubjectLocation;
  counts: Record<string, number>;
}

/**
 * Carries out one step of a request on one data source and records its receipt. Idempotent:
 * a step already done is skipped; an erasure keeps what it found before acting (keys only), so a
 * retry after a crash acts on the same rows and reports them, even though the email that found
 * them has been hashed away by the first attempt.
 */
export class RunFulfilmentStepUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sources: SourceRegistry,
    private readonly collect: CollectAccessPackageUseCase,
    private readonly hashKey: Buffer,
  ) {}

  async execute(stepId: string): Promise<void> {
    const steps = this.dataSource.getRepository(FulfilmentStep);
    const step = await steps.findOneBy({ id: stepId });
    if (!step || step.status === 'done') return;
    const request = await this.dataSource
      .getRepository(DataSubjectRequest)
      .findOneByOrFail({ id: step.requestId });
    if (request.status !== 'in_progress') return; // cancelled or failed meanwhile
    await steps.increment({ id: stepId }, 'attempts', 1);

    const result = await this.perform(step, request);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE fulfilment_steps SET status = 'done', result = $2, error = NULL, finished_at = now(),
           updated_at = now() WHERE id = $1`,
        [stepId, JSON.stringify(result)],
      );
      await appendAuditEvent(manager, {
        requestId: request.id,
        actor: 'worker',
        action: `fulfilment.${step.action}_done`,
        data: { stepId, source: step.source, ...summaryOf(result) },
      });
    });
  }

  private async perform(
    step: FulfilmentStep,
    request: DataSubjectRequest,
  ): Promise<Record<string, unknown>> {
    if (step.action === 'access') {
      await this.collect.execute(request.id);
      return { packaged: true };
    }
    const connector = this.connector(step.source);
    const identity = await this.identityOf(request);
    switch (step.action) {
      case 'erase': {
        const planned = await this.planErasure(step, connector, identity);
        const receipt = await connector.erase(planned.location, { hashKey: this.hashKey });
        failpoint('erase.after-source-commit'); // the source has changed; the step is not yet done
        return {
          planned: planned.counts,
          receipt: erasureResult(connector.system, planned.counts, receipt),
        };
      }
      case 'correct': {
        // Intake checked the fields against the whole map; each source takes those it holds.
        const correctable = correctableFieldsOf(connector);
        const corrections = (
          (request.details.corrections ?? []) as Array<{ field: string; value: string }>
        ).filter((correction) => correctable.has(correction.field));
        if (corrections.length === 0) return { receipt: { system: step.source, fields: [] } };
        const location = await connector.locate(identity);
        return { receipt: await connector.correct(location, corrections) };
      }
      case 'withdraw_consent': {
        const purposes = (request.details.purposes ?? 'all') as 'all' | string[];
        const location = await connector.locate(identity);
        return { receipt: await connector.withdrawConsent(location, purposes, new Date()) };
      }
    }
  }

  /** The rows to erase, found once and kept on the step before anything changes. */
  private async planErasure(
    step: FulfilmentStep,
    connector: PostgresConnector,
    identity: SubjectIdentity,
  ): Promise<PlannedErasure> {
    if (step.planned) return step.planned as unknown as PlannedErasure;
    const location = await connector.locate(identity);
    const planned: PlannedErasure = { location, counts: await connector.countRows(location) };
    await this.dataSource.query(
      'UPDATE fulfilment_steps SET planned = $2, updated_at = now() WHERE id = $1',
      [step.id, JSON.stringify(planned)],
    );
    return planned;
  }

  private connector(source: string): PostgresConnector {
    const connector = this.sources.connectors.find((candidate) => candidate.system.name === source);
    if (!connector) throw new Error(`no data source "${source}" in the data map`);
    return connector;
  }

  private async identityOf(request: DataSubjectRequest): Promise<SubjectIdentity> {
    const subject = await this.dataSource
      .getRepository(StoredIdentity)
      .findOneByOrFail({ id: request.subjectId });
    return { email: subject.email };
  }
}

function correctableFieldsOf(connector: PostgresConnector): Set<string> {
  return new Set(
    Object.values(connector.system.tables).flatMap((table) =>
      Object.entries(table.fields)
        .filter(([, field]) => field.correctable)
        .map(([column]) => column),
    ),
  );
}

/** Counts for the audit trail: how many rows each step touched, never which values. */
function summaryOf(result: Record<string, unknown>): Record<string, unknown> {
  const planned = result.planned as Record<string, number> | undefined;
  return planned ? { rowsFound: Object.values(planned).reduce((sum, n) => sum + n, 0) } : {};
}
