import { APP_CONFIG, type AppConfig } from '@rightsdesk/config';
import { Inject, Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type {
  ChosenCorrection,
  PostgresConnector,
  SubjectIdentity,
  SubjectLocation,
} from '@rightsdesk/connectors';
import { correctionsOf } from '@rightsdesk/domain';
import { DataSubjectRequest, FulfilmentStep } from '@rightsdesk/persistence';
import { AuditTrail, RequestRepository } from '@rightsdesk/requests';
import { failpoint } from '@rightsdesk/observability';
import { CollectAccessPackageUseCase } from './collect-access-package.use-case';
import { erasureResult } from './erasure-result';
import { personIdentityOf, type SourceRegistry } from '@rightsdesk/connectors';
import { FulfilmentSources } from './fulfilment-sources';
import { TellRecipientUseCase } from './tell-recipient.use-case';

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
@Injectable()
export class RunFulfilmentStepUseCase {
  private readonly hashKey: Buffer;

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly sources: FulfilmentSources,
    private readonly collect: CollectAccessPackageUseCase,
    /** Steps on webhook and manual systems. */
    private readonly tell: TellRecipientUseCase,
    private readonly requests: RequestRepository,
    private readonly audit: AuditTrail,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.hashKey = config.tokenKey;
  }

  async execute(stepId: string): Promise<void> {
    const steps = this.txHost.tx.getRepository(FulfilmentStep);
    const step = await steps.findOneBy({ id: stepId });
    // Done, or waiting for a recipient's callback or for staff: nothing for the worker to do.
    if (!step || step.status === 'done' || step.status === 'waiting') return;
    const request = await this.requests.getById(step.requestId);
    if (request.status !== 'in_progress') return; // cancelled or failed meanwhile
    await steps.increment({ id: stepId }, 'attempts', 1);
    const sources = await this.sources.ofStep(stepId);
    if (sources.toldSystem(step.source)) return this.tell.execute(step, request, sources);

    const result = await this.perform(step, request, sources);
    await this.txHost.withTransaction(async () => {
      await this.txHost.tx.query(
        `UPDATE fulfilment_steps SET status = 'done', result = $2, error = NULL, finished_at = now(),
           updated_at = now() WHERE id = $1`,
        [stepId, JSON.stringify(result)],
      );
      await this.audit.append({
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
    sources: SourceRegistry,
  ): Promise<Record<string, unknown>> {
    if (step.action === 'access') {
      await this.collect.execute(request.id);
      return { packaged: true };
    }
    const connector = sources.connector(step.source);
    const identity = await this.identityOf(request);
    switch (step.action) {
      case 'erase': {
        const planned = await this.planErasure(step, connector, identity, sources);
        const receipt = await connector.erase(planned.location, { hashKey: this.hashKey });
        // The source has changed; the step is not yet done. Crash tests stop here (any source,
        // or one named: erase.after-source-commit.shop).
        failpoint('erase.after-source-commit');
        failpoint(`erase.after-source-commit.${step.source}`);
        return {
          planned: planned.counts,
          receipt: erasureResult(connector.system, planned.counts, receipt),
        };
      }
      case 'correct': {
        const location = await sources.locate(step.source, identity);
        const corrections = await chosenCorrections(connector, location, request.details);
        if (corrections.length === 0) return { receipt: { system: step.source, corrections: [] } };
        return { receipt: await connector.correctChosenRows(location, corrections) };
      }
      case 'withdraw_consent': {
        const purposes = (request.details.purposes ?? 'all') as 'all' | string[];
        const location = await sources.locate(step.source, identity);
        // The history names the request, so a retry of this step appends nothing twice.
        const source = `privacy request ${request.reference}`;
        return {
          receipt: await connector.withdrawConsent(location, purposes, new Date(), source),
        };
      }
    }
  }

  /** The rows to erase, found once and kept on the step before anything changes. */
  private async planErasure(
    step: FulfilmentStep,
    connector: PostgresConnector,
    identity: SubjectIdentity,
    sources: SourceRegistry,
  ): Promise<PlannedErasure> {
    if (step.planned) return step.planned as unknown as PlannedErasure;
    // Found after the look-up by email, so an erasure of another database that planned (and
    // may have hashed the email) meanwhile is among these: its keys still reach this one's rows.
    const found = await sources.locate(step.source, identity);
    const location = sources.withKnownKeys(found, await this.plannedElsewhere(step));
    const planned: PlannedErasure = { location, counts: await connector.countRows(location) };
    await this.txHost.tx.query(
      'UPDATE fulfilment_steps SET planned = $2, updated_at = now() WHERE id = $1',
      [step.id, JSON.stringify(planned)],
    );
    return planned;
  }

  /** Where the request's other erasure steps found the person, before they changed anything. */
  private async plannedElsewhere(step: FulfilmentStep): Promise<SubjectLocation[]> {
    // Steps that tell a recipient keep other things in `planned`; databases keep a location.
    const rows: Array<{ location: SubjectLocation }> = await this.txHost.tx.query(
      `SELECT planned -> 'location' AS location FROM fulfilment_steps
        WHERE request_id = $1 AND action = 'erase' AND id <> $2 AND planned ? 'location'`,
      [step.requestId, step.id],
    );
    return rows.map((row) => row.location);
  }

  private async identityOf(request: DataSubjectRequest): Promise<SubjectIdentity> {
    return personIdentityOf(await this.requests.subjectOf(request), request);
  }
}

/**
 * The corrections this source holds, each with the rows to change: those chosen at approval, or,
 * for a field of a dataset with one row per person (no record named), that person's rows. A
 * named record nobody chose is never guessed at: review sends such a request back to the person.
 */
async function chosenCorrections(
  connector: PostgresConnector,
  location: SubjectLocation,
  details: Record<string, unknown>,
): Promise<ChosenCorrection[]> {
  const chosen: ChosenCorrection[] = [];
  for (const correction of correctionsOf(details)) {
    const tables = correction.table
      ? correction.system === connector.system.name
        ? [correction.table]
        : []
      : unnamedHolders(connector, Object.keys(correction.changes));
    for (const table of tables) {
      const entry = { table, record: correction.record, changes: correction.changes };
      const rows =
        correction.rows ??
        (correction.record
          ? []
          : (await connector.correctionRows(location, entry)).map((row) => row.key));
      chosen.push({ ...entry, rows });
    }
  }
  return chosen;
}

/** For a correction kept before records were named: tables holding the field, unnamed ones only. */
function unnamedHolders(connector: PostgresConnector, fields: readonly string[]): string[] {
  return Object.entries(connector.system.tables)
    .filter(
      ([, table]) =>
        table.link &&
        !table.correction?.record_named_by &&
        fields.every((field) => table.fields[field]?.correctable),
    )
    .map(([name]) => name);
}

/**
 * What the audit trail keeps of a step: counts per table and, for a correction, which fields
 * changed where; never a value, old or new (issue: corrections are audited without old values).
 */
function summaryOf(result: Record<string, unknown>): Record<string, unknown> {
  const receipt = (result.receipt ?? {}) as {
    tables?: Array<{
      table: string;
      rowsDeleted?: number;
      rowsDeidentified?: number;
      rowsChanged?: number;
    }>;
    corrections?: Array<{
      table: string;
      fields: string[];
      rowsChanged: number;
      verified: boolean;
    }>;
  };
  if (receipt.corrections) {
    return {
      fieldsChanged: receipt.corrections
        .filter((entry) => entry.rowsChanged > 0)
        .flatMap((entry) => entry.fields.map((field) => `${entry.table}.${field}`)),
      rowsChanged: receipt.corrections.reduce<Record<string, number>>(
        (sum, entry) => ({ ...sum, [entry.table]: (sum[entry.table] ?? 0) + entry.rowsChanged }),
        {},
      ),
      verified: receipt.corrections.every((entry) => entry.verified),
    };
  }
  const planned = result.planned as Record<string, number> | undefined;
  const changed = (receipt.tables ?? []).map((entry) => ({
    table: entry.table,
    rows: (entry.rowsDeleted ?? 0) + (entry.rowsDeidentified ?? 0) + (entry.rowsChanged ?? 0),
  }));
  return {
    ...(planned ? { rowsFound: Object.values(planned).reduce((sum, n) => sum + n, 0) } : {}),
    rowsChanged: Object.fromEntries(
      changed.filter((entry) => entry.rows > 0).map((entry) => [entry.table, entry.rows]),
    ),
  };
}
