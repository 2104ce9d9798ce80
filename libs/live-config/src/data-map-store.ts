import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Inject, Injectable } from '@nestjs/common';
import { SourceRegistry } from '@rightsdesk/connectors';
import { type DataMap, type DataMapIssue, parseDataMap } from '@rightsdesk/data-map';
import { DataMapVersion, appendAdminEvent } from '@rightsdesk/persistence';
import { type DataMapEnvironment, SystemConnections } from './system-connections';

/** The process's data map environment (LiveConfigModule.forRoot). */
export const DATA_MAP_ENVIRONMENT = Symbol('DATA_MAP_ENVIRONMENT');

/** The map in force and the stored version number requests record. */
export interface VersionedDataMap {
  version: number;
  map: DataMap;
}

/** Registries kept open at once: the active version and those running fulfilments still use. */
const OPEN_REGISTRIES = 3;
/** A registry pushed out waits this long before its pools close, for steps still using it. */
const CLOSE_GRACE_MS = 60_000;
/** How often a process looks for a newly activated version. */
export const DATA_MAP_POLL_MS = 2_000;

/**
 * The data map versions stored in Postgres, as the api and the worker use them. The highest
 * activated version is in force; each version is parsed once and its connectors (one pool per
 * database) built once, so a new version takes effect on the next request without a restart,
 * while a fulfilment pinned to an older version keeps using that one.
 */
@Injectable()
export class DataMapStore {
  private readonly systems: SystemConnections;
  private readonly parsed = new Map<number, DataMap>();
  private readonly registries = new Map<number, SourceRegistry>();
  private snapshot: VersionedDataMap;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    @Inject(DATA_MAP_ENVIRONMENT) private readonly environment: DataMapEnvironment,
  ) {
    this.systems = new SystemConnections(environment);
    this.snapshot = { version: environment.fileMap.version, map: environment.fileMap };
  }

  /** Imports the file when due, reads the active version, and keeps watching for a new one. */
  async start(): Promise<{ imported: number | null; fileIgnored: boolean }> {
    const result = await this.importFile();
    await this.refresh();
    this.timer = setInterval(() => void this.refresh().catch(() => undefined), DATA_MAP_POLL_MS);
    this.timer.unref();
    return result;
  }

  /**
   * The file seeds version 1 into an empty table. While every version came from the file, an
   * edited file becomes the next version (a developer's workflow); once an admin has uploaded
   * a version, the database wins and the file is only reported as ignored.
   */
  async importFile(): Promise<{ imported: number | null; fileIgnored: boolean }> {
    const yaml = await readFile(this.environment.filePath, 'utf8');
    const sha256 = sha256Of(yaml);
    return this.txHost.withTransaction(async () => {
      const manager = this.txHost.tx;
      // api and worker start together: one imports, the other then sees the row.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('data_map_versions'))`);
      const versions = manager.getRepository(DataMapVersion);
      const [latest] = await versions
        .createQueryBuilder('v')
        .where('v.version IS NOT NULL')
        .orderBy('v.version', 'DESC')
        .limit(1)
        .getMany();
      if (latest && latest.sha256 === sha256) return { imported: null, fileIgnored: false };
      if (latest && latest.origin !== 'file') return { imported: null, fileIgnored: true };
      const version = (latest?.version ?? 0) + 1;
      const now = new Date();
      await versions.insert({
        version,
        origin: 'file',
        yaml,
        sha256,
        basedOnVersion: latest?.version ?? null,
        createdBy: 'system',
        activatedBy: 'system',
        activatedAt: now,
      });
      await appendAdminEvent(manager, {
        actor: 'system',
        action: 'data_map.imported_from_file',
        data: { version, sha256 },
      });
      return { imported: version, fileIgnored: false };
    });
  }

  /** The number of the version in force: one indexed lookup, cheap enough for every job. */
  async activeVersion(): Promise<number> {
    const [row] = (await this.txHost.tx.query(
      'SELECT max(version) AS version FROM data_map_versions',
    )) as Array<{ version: number | null }>;
    if (row?.version == null) {
      throw new Error('no data map version is stored yet (the start-up import has not run)');
    }
    return row.version;
  }

  async active(): Promise<VersionedDataMap> {
    const version = await this.activeVersion();
    return { version, map: await this.map(version) };
  }

  /** The map for synchronous readers, at most DATA_MAP_POLL_MS behind the database. */
  current(): VersionedDataMap {
    return this.snapshot;
  }

  async refresh(): Promise<void> {
    this.snapshot = await this.active();
  }

  /** A stored version's map, parsed once. Its `version` is the stored number. */
  async map(version: number): Promise<DataMap> {
    const cached = this.parsed.get(version);
    if (cached) return cached;
    const row = await this.txHost.tx.getRepository(DataMapVersion).findOneByOrFail({ version });
    const map = { ...parseDataMap(row.yaml, `version ${version}`), version };
    this.parsed.set(version, map);
    return map;
  }

  /** The connectors of a version, built once (one pool per database) and reused. */
  async sources(version: number): Promise<SourceRegistry> {
    const open = this.registries.get(version);
    if (open) {
      // Most recently used last, so the oldest is the one closed when too many are open.
      this.registries.delete(version);
      this.registries.set(version, open);
      return open;
    }
    const map = await this.map(version);
    const registry = new SourceRegistry(
      map,
      this.systems.connectionsFor(map),
      this.systems.webhooksFor(map),
    );
    this.registries.set(version, registry);
    if (this.registries.size > OPEN_REGISTRIES) {
      const [oldest] = this.registries.keys();
      const retired = this.registries.get(oldest);
      this.registries.delete(oldest);
      setTimeout(() => void retired?.close().catch(() => undefined), CLOSE_GRACE_MS).unref();
    }
    return registry;
  }

  /**
   * The version a request's fulfilment uses: pinned when its fulfilment first starts, so its
   * steps, retries and completion check all read the same map.
   */
  async pinForRequest(requestId: string): Promise<number> {
    await this.txHost.tx.query(
      `INSERT INTO data_map_pins (request_id, version)
       SELECT $1, max(version) FROM data_map_versions
       ON CONFLICT (request_id) DO NOTHING`,
      [requestId],
    );
    return this.versionForRequest(requestId);
  }

  /** The pinned version, or the active one for a request whose fulfilment has not started. */
  async versionForRequest(requestId: string): Promise<number> {
    const [pin] = (await this.txHost.tx.query(
      'SELECT version FROM data_map_pins WHERE request_id = $1',
      [requestId],
    )) as Array<{ version: number }>;
    return pin?.version ?? this.activeVersion();
  }

  async versionForStep(stepId: string): Promise<number> {
    const [pin] = (await this.txHost.tx.query(
      `SELECT p.version FROM fulfilment_steps s JOIN data_map_pins p ON p.request_id = s.request_id
       WHERE s.id = $1`,
      [stepId],
    )) as Array<{ version: number }>;
    return pin?.version ?? this.activeVersion();
  }

  /** What this server lacks to use a map (see SystemConnections.environmentIssues). */
  environmentIssues(map: DataMap): DataMapIssue[] {
    return this.systems.environmentIssues(map);
  }

  /** How each database of the map differs from the live one (SystemConnections.schemaIssues). */
  schemaIssues(map: DataMap): Promise<DataMapIssue[]> {
    return this.systems.schemaIssues(map);
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    const open = [...this.registries.values()];
    this.registries.clear();
    await Promise.all(open.map((registry) => registry.close()));
  }
}

export function sha256Of(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
