import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import {
  type DataMap,
  type DataMapChange,
  type DataMapIssue,
  DataMapInvalidError,
  diffDataMaps,
  parseDataMap,
} from '@rightsdesk/data-map';
import { DomainError } from '@rightsdesk/domain';
import { DataMapVersion, appendAdminEvent } from '@rightsdesk/persistence';
import { DataMapStore, sha256Of } from './data-map-store';

/** Uploads larger than this are refused before parsing (the demo map is about 40 KB). */
export const MAX_DATA_MAP_BYTES = 1_000_000;

export type DataMapCheckResult =
  | { valid: false; issues: DataMapIssue[] }
  | { valid: true; map: DataMap; activeVersion: number; changes: DataMapChange[] };

/** A draft waiting for activation, with what it would change compared with the active map. */
export interface DataMapDraft {
  id: string;
  createdBy: string;
  createdAt: Date;
  /** The version the changes are against: the one active now. */
  comparedWith: number;
  /** The version the draft would become. */
  wouldBecome: number;
  /** The `version` the uploaded document states; replaced by the stored number. */
  documentVersion: number;
  changes: DataMapChange[];
  yaml: string;
}

export interface DataMapVersionSummary {
  version: number;
  origin: string;
  createdBy: string;
  createdAt: Date;
  activatedBy: string | null;
  activatedAt: Date | null;
  active: boolean;
}

/**
 * Uploading, comparing and activating data map versions. An upload is validated in full (every
 * issue with its path and line, and what this server lacks to use it) and kept as a draft;
 * activation is a separate, confirmed step that names the version it was compared with, so a
 * map is never switched on by a comparison someone else has since made stale.
 */
@Injectable()
export class DataMapVersions {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly store: DataMapStore,
  ) {}

  /**
   * Validates YAML text against the schema, the cross-references, this server's variables and
   * the live databases the map describes.
   */
  async check(yaml: string): Promise<DataMapCheckResult> {
    if (Buffer.byteLength(yaml, 'utf8') > MAX_DATA_MAP_BYTES) {
      return {
        valid: false,
        issues: [{ path: '(document)', message: `is larger than ${MAX_DATA_MAP_BYTES} bytes` }],
      };
    }
    if (yaml.trim() === '') {
      return { valid: false, issues: [{ path: '(document)', message: 'is empty' }] };
    }
    let map: DataMap;
    try {
      map = parseDataMap(yaml, undefined, { requirePeopleLabels: true });
    } catch (error) {
      if (error instanceof DataMapInvalidError) return { valid: false, issues: [...error.issues] };
      throw error;
    }
    const environment = this.store.environmentIssues(map);
    if (environment.length > 0) return { valid: false, issues: environment };
    const schema = await this.store.schemaIssues(map);
    if (schema.length > 0) return { valid: false, issues: schema };
    const active = await this.store.active();
    return {
      valid: true,
      map,
      activeVersion: active.version,
      changes: diffDataMaps(active.map, map),
    };
  }

  /** Stores a valid upload as a draft; an invalid one is refused with every issue. */
  async upload(yaml: string, actor: string): Promise<DataMapDraft> {
    const result = await this.check(yaml);
    if (!result.valid) throw invalidMap(result.issues);
    if (result.changes.length === 0) {
      throw new DomainError(
        'invalid_input',
        `The uploaded map is the same as the active version ${result.activeVersion}: there is nothing to activate.`,
      );
    }
    const id = await this.txHost.withTransaction(async () => {
      const manager = this.txHost.tx;
      const inserted = await manager.getRepository(DataMapVersion).insert({
        version: null,
        origin: 'upload',
        yaml,
        sha256: sha256Of(yaml),
        basedOnVersion: result.activeVersion,
        createdBy: actor,
      });
      const draftId = (inserted.identifiers[0] as { id: string }).id;
      await appendAdminEvent(manager, {
        actor,
        action: 'data_map.draft_uploaded',
        data: { draftId, comparedWith: result.activeVersion, changes: result.changes.length },
      });
      return draftId;
    });
    return this.draft(id);
  }

  /** A draft and its changes against the version active now. */
  async draft(id: string): Promise<DataMapDraft> {
    const row = await this.findDraft(id);
    const active = await this.store.active();
    const map = parseDataMap(row.yaml);
    return {
      id: row.id,
      createdBy: row.createdBy,
      createdAt: row.createdAt,
      comparedWith: active.version,
      wouldBecome: active.version + 1,
      documentVersion: map.version,
      changes: diffDataMaps(active.map, map),
      yaml: row.yaml,
    };
  }

  /**
   * Makes a draft the active map, as the next version number. `comparedWith` is the version
   * whose comparison the admin confirmed: if another version was activated since, nothing
   * changes and the admin reviews the new comparison.
   */
  async activate(id: string, comparedWith: number, actor: string): Promise<DataMapVersionSummary> {
    const row = await this.findDraft(id);
    // The map was valid when uploaded; the server's variables (and the rules for the words
    // people read) may have changed since.
    let map: DataMap;
    try {
      map = parseDataMap(row.yaml, undefined, { requirePeopleLabels: true });
    } catch (error) {
      if (error instanceof DataMapInvalidError) throw invalidMap(error.issues);
      throw error;
    }
    const issues = this.store.environmentIssues(map);
    if (issues.length > 0) throw invalidMap(issues);
    const version = await this.txHost.withTransaction(async () => {
      const manager = this.txHost.tx;
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('data_map_versions'))`);
      const [current] = (await manager.query(
        'SELECT max(version) AS version FROM data_map_versions',
      )) as Array<{ version: number }>;
      if (current.version !== comparedWith) {
        throw new DomainError(
          'invalid_state',
          `Version ${current.version} is active now, not version ${comparedWith}: review the changes against it and confirm again.`,
        );
      }
      const next = current.version + 1;
      const updated = await manager.query(
        `UPDATE data_map_versions SET version = $2, activated_by = $3, activated_at = now()
         WHERE id = $1 AND version IS NULL`,
        [id, next, actor],
      );
      if ((updated as [unknown, number])[1] !== 1) {
        throw new DomainError('invalid_state', 'This draft has already been activated.');
      }
      await appendAdminEvent(manager, {
        actor,
        action: 'data_map.activated',
        data: { version: next, previousVersion: current.version, draftId: id },
      });
      return next;
    });
    await this.store.refresh();
    const activated = await this.txHost.tx
      .getRepository(DataMapVersion)
      .findOneByOrFail({ version });
    return summaryOf(activated, version);
  }

  /** Activated versions, newest first. */
  async list(): Promise<DataMapVersionSummary[]> {
    const rows = await this.txHost.tx
      .getRepository(DataMapVersion)
      .createQueryBuilder('v')
      .where('v.version IS NOT NULL')
      .orderBy('v.version', 'DESC')
      .getMany();
    const active = rows[0]?.version ?? 0;
    return rows.map((row) => summaryOf(row, active));
  }

  /** Drafts not yet activated, newest first. */
  async drafts(): Promise<Array<{ id: string; createdBy: string; createdAt: Date }>> {
    const rows = await this.txHost.tx
      .getRepository(DataMapVersion)
      .createQueryBuilder('v')
      .where('v.version IS NULL')
      .orderBy('v.created_at', 'DESC')
      .limit(20)
      .getMany();
    return rows.map(({ id, createdBy, createdAt }) => ({ id, createdBy, createdAt }));
  }

  /** One activated version's YAML, as uploaded. */
  async yamlOf(version: number): Promise<string> {
    const row = await this.txHost.tx.getRepository(DataMapVersion).findOneBy({ version });
    if (!row) throw new DomainError('not_found', `There is no data map version ${version}.`);
    return row.yaml;
  }

  private async findDraft(id: string): Promise<DataMapVersion> {
    const row = UUID.test(id)
      ? await this.txHost.tx.getRepository(DataMapVersion).findOneBy({ id })
      : null;
    if (!row) throw new DomainError('not_found', `There is no data map draft "${id}".`);
    if (row.version !== null) {
      throw new DomainError(
        'invalid_state',
        `This draft is already active as version ${row.version}.`,
      );
    }
    return row;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function summaryOf(row: DataMapVersion, active: number): DataMapVersionSummary {
  return {
    version: row.version as number,
    origin: row.origin,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    activatedBy: row.activatedBy,
    activatedAt: row.activatedAt,
    active: row.version === active,
  };
}

/** A 400 whose `errors` list every issue by its path (and YAML line, when known). */
export function invalidMap(issues: readonly DataMapIssue[]): DomainError {
  return new DomainError(
    'invalid_input',
    `The data map is not valid (${issues.length} ${issues.length === 1 ? 'issue' : 'issues'}).`,
    issues.map((issue) => ({
      path: issue.path,
      message: issue.line === undefined ? issue.message : `${issue.message} (line ${issue.line})`,
    })),
  );
}
