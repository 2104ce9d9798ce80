import { APP_CONFIG, type AppConfig } from '@rightsdesk/config';
import { Inject, Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { failpoint } from '@rightsdesk/observability';
import {
  AccessPackage,
  DataSubjectRequest,
  PackageManifestEntry,
  enqueueInOutbox,
} from '@rightsdesk/persistence';
import { jobIdFor, outboxEntryFor } from '@rightsdesk/queue';
import { RequestRepository, residenceOf } from '@rightsdesk/requests';
import { CompanyInForce, accessAnswer, answerCompanyOf } from '@rightsdesk/notices';
import { type Language, personTimeZone } from '@rightsdesk/domain';
import { ACCESS_PACKAGE_FORMAT, AccessPackageWriter } from './access-package-writer';
import { DatasetFacts, datasetFactsOf } from './dataset-facts';
import { EncryptedPackageWriter } from './encrypted-package-store';
import { personIdentityOf, type SourceRegistry } from '@rightsdesk/connectors';
import { FulfilmentSources } from './fulfilment-sources';
import { DatasetReader, readerFromMap } from './readable-rows';

const FINISHED = new Set(['completed', 'denied', 'cancelled', 'expired']);

/**
 * Collects a person's data for an access request from every system in the data map and stores
 * it as an encrypted ZIP package (see AccessPackageWriter), then completes the request and
 * schedules the notice, atomically.
 *
 * Idempotent: a finished request is left alone; a package left half-built by a crash is thrown
 * away and built again; a package already built is not built twice.
 */
@Injectable()
export class CollectAccessPackageUseCase {
  private readonly key: Buffer;

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly sources: FulfilmentSources,
    private readonly requests: RequestRepository,
    private readonly company: CompanyInForce,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.key = config.packageEncryptionKey;
  }

  async execute(requestId: string): Promise<void> {
    const request = await this.requests.findById(requestId);
    if (!request) throw new Error(`request ${requestId} does not exist`);
    if (request.type !== 'access' || FINISHED.has(request.status)) return;
    if (request.status === 'approved' || request.status === 'failed') await this.start(request);
    else if (request.status !== 'in_progress') return; // not approved (yet): nothing to do

    const ready = await this.txHost.tx
      .getRepository(AccessPackage)
      .findOneBy({ requestId, status: 'ready' });
    const packageId =
      ready?.id ?? (await this.build(request, await this.sources.ofRequest(requestId)));
    await this.complete(request, packageId);
  }

  private async start(request: DataSubjectRequest): Promise<void> {
    await this.txHost.withTransaction(async () => {
      const event = request.status === 'failed' ? 'retry' : 'start';
      await this.requests
        .transition(request.id, event, { actor: 'worker' })
        .catch((error: unknown) => {
          // Another worker started it first: carry on with the build, which is idempotent.
          if ((error as { code?: string }).code !== 'invalid_state') throw error;
        });
    });
  }

  private async build(request: DataSubjectRequest, sources: SourceRegistry): Promise<string> {
    const subject = await this.requests.subjectOf(request);
    const scope = request.details.scope === 'categories' ? 'categories' : 'copy';
    // A crash mid-build leaves a "building" package: discard it (its chunks cascade) and start over.
    await this.txHost.tx.query(
      `DELETE FROM access_packages WHERE request_id = $1 AND status = 'building'`,
      [request.id],
    );
    const created = await this.txHost.tx
      .getRepository(AccessPackage)
      .save({ requestId: request.id, format: ACCESS_PACKAGE_FORMAT, status: 'building' });

    const sink = new EncryptedPackageWriter(this.txHost.tx, this.key, created.id);
    const generatedAt = new Date();
    const writer = new AccessPackageWriter(sink, generatedAt);
    const datasets: DatasetFacts[] = [];
    // The report speaks the request's language, with times in the person's zone where known.
    const language = request.language as Language;
    const residence = residenceOf(request);
    const company = this.company.current();
    // The zone the person reads times in, by the one rule of every surface (personTimeZone).
    const personZone = personTimeZone(request, company.timeZone);
    const readerOf = readerFromMap(sources.dataMap, language, personZone);
    const readers = new Map<string, DatasetReader>();
    try {
      for (const connector of sources.connectors) {
        const location = await sources.locate(
          connector.system.name,
          personIdentityOf(subject, request),
        );
        // Categories only (Civ. Code 1798.110(a)(1)-(4)): counts and facts, never the rows.
        const counts = scope === 'categories' ? await connector.countRows(location) : undefined;
        for (const table of connector.tables()) {
          const definition = connector.system.tables[table];
          const reader = readerOf(connector.system.name, table, definition);
          readers.set(`${connector.system.name}/${table}`, reader);
          const rows = counts
            ? (counts[table] ?? 0)
            : await writer.addDataset(connector.system.name, table, definition, () =>
                connector.streamTable(location, table),
              );
          // Crash tests stop here: chunks of a half-built package are stored.
          if (rows > 0) failpoint('access.mid-build');
          datasets.push(
            datasetFactsOf(
              connector.system.name,
              table,
              definition,
              sources.dataMap.recipients,
              rows,
              !counts,
              reader,
              language,
            ),
          );
        }
      }
      await writer.finish({
        reference: request.reference,
        generatedAt: generatedAt.toISOString(),
        scope,
        dataMapVersion: sources.dataMap.version,
        datasets,
        language,
        readers,
        answer: accessAnswer({
          language,
          regime: request.regime,
          residence,
          personZone,
          company: answerCompanyOf(company),
          datasets,
        }),
      });
    } catch (error) {
      writer.abort(error instanceof Error ? error : new Error(String(error)));
      throw error;
    }
    const manifest: PackageManifestEntry[] = datasets.map((dataset) => ({
      system: dataset.system,
      table: dataset.table,
      label: dataset.label,
      rows: dataset.rows,
      // What the report stated, so the letter form of the answer states the same.
      facts: factsToKeep(dataset),
    }));

    await this.txHost.tx.getRepository(AccessPackage).update(
      { id: created.id },
      {
        status: 'ready',
        manifest,
        rowCount: manifest.reduce((sum, entry) => sum + entry.rows, 0),
        byteSize: String(sink.bytesWritten),
        chunkCount: sink.chunkCount,
      },
    );
    return created.id;
  }

  private async complete(request: DataSubjectRequest, packageId: string): Promise<void> {
    await this.txHost.withTransaction(async () => {
      const manager = this.txHost.tx;
      const current = await this.requests.getById(request.id);
      if (current.status !== 'in_progress') return; // already completed by an earlier attempt
      const built = await manager.getRepository(AccessPackage).findOneByOrFail({ id: packageId });
      await this.requests.transition(request.id, 'complete', {
        actor: 'worker',
        data: { packageId, rows: built.rowCount, datasets: built.manifest.length },
        changes: { completedAt: new Date(), failure: null },
      });
      const payload = { v: 1 as const, requestId: request.id, notice: 'access_completed' };
      await enqueueInOutbox(
        manager,
        outboxEntryFor(
          'notice.render',
          payload,
          jobIdFor('notice.render', request.id, 'access_completed'),
        ),
      );
    });
  }
}

/** A dataset's facts as stored with the package, without what the manifest already holds. */
function factsToKeep(dataset: DatasetFacts): object {
  const { files: _files, label: _label, rows: _rows, ...facts } = dataset;
  return facts;
}
