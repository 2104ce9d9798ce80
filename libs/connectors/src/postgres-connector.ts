import {
  externalParents,
  linkedTables,
  personSearchOf,
  type MappedSystem,
} from '@rightsdesk/data-map';
import type { Pool } from 'pg';
import QueryStream from 'pg-query-stream';
import type { WithdrawnPurposes } from './consent-withdrawal-plan';
import { countResidual } from './count-residual';
import { correctRows, type ChosenCorrection } from './correct-rows';
import { findCorrectionRows, type CorrectionRow, type RecordCorrection } from './correction-rows';
import { findByNameAndAddress } from './find-by-name-and-address';
import { eraseSubject, type ErasureOptions, type ErasureReceipt } from './erase-subject';
import { locateDataPoints } from './locate-data-points';
import { buildLocateQuery } from './locate-query.builder';
import { JSON_SAFE_TYPES, jsonSafeRow, type JsonSafeRow } from './json-safe-types';
import type { SubjectIdentity, SubjectLocation } from './subject-identity';
import { takePooledClient } from './pooled-client';
import { mergeRoots } from './subject-keys';
import { buildSubjectQuery } from './subject-query.builder';
import { withdrawSubjectConsent, type ConsentReceipt } from './withdraw-consent';

// Rows fetched per round trip: large enough to amortise latency, small enough that one export
// of a person with 100k rows never holds more than this in memory.
const STREAM_BATCH_SIZE = 500;

/**
 * Executes the data map against one Postgres database: finds a person by their identity, streams
 * their rows table by table along the map's link paths, and erases, corrects or withdraws consent
 * on exactly those rows. Each change is planned by a pure function and runs in one transaction.
 */
export class PostgresConnector {
  constructor(
    readonly system: MappedSystem,
    private readonly pool: Pool,
  ) {
    if (system.connector !== 'postgres') {
      throw new Error(
        `system "${system.name}" uses the ${String(system.connector)} connector, not postgres`,
      );
    }
  }

  /** Tables of the system that hold rows linked to people, in map order. */
  tables(): string[] {
    return linkedTables(this.system);
  }

  /** Tables of other databases whose keys find rows here (see SourceRegistry.locate). */
  externalParents(): Array<{ system: string; table: string }> {
    return externalParents(this.system);
  }

  /**
   * Finds the rows the person's email identifies (case-insensitively, through the lower(column)
   * expression indexes), or, for a person who gave no email, the one person whose name and
   * postal address match where the map searches by them; then compares the optional data points
   * with what is held for them. `linked` carries keys found in other databases, as
   * "system.table" (externalRootKey), for tables linked to those; they are kept in the roots.
   */
  async locate(
    identity: SubjectIdentity,
    linked: Readonly<Record<string, readonly string[]>> = {},
  ): Promise<SubjectLocation> {
    const email = identity.email.trim();
    const roots: Record<string, string[]> = Object.fromEntries(
      Object.entries(linked).map(([key, keys]) => [key, [...keys]]),
    );
    for (const table of email === '' ? [] : this.tables()) {
      const query = buildLocateQuery(this.system, table, email);
      if (!query) continue;
      const result = await this.pool.query<{ key: string }>(query.text, query.values);
      roots[table] = result.rows.map((row) => row.key);
    }
    const byAddress = email === '' ? await this.locateByNameAndAddress(identity) : undefined;
    if (byAddress?.keys.length === 1) roots[byAddress.table] = [...byAddress.keys];
    const ambiguous = byAddress && byAddress.keys.length > 1 ? byAddress : undefined;
    const found = Object.values(roots).some((keys) => keys.length > 0);
    const dataPoints = await locateDataPoints(this.system, this.pool, roots, identity);
    return { system: this.system.name, found, roots, dataPoints, ...(ambiguous && { ambiguous }) };
  }

  /** The people a name and postal address find, where the map searches this system by them. */
  private async locateByNameAndAddress(
    identity: SubjectIdentity,
  ): Promise<{ table: string; keys: string[] } | undefined> {
    const search = personSearchOf(this.system);
    const { name, postalAddress, orderNumber } = identity;
    if (!search || !name || !postalAddress) return undefined;
    const stated = { name, postalAddress, orderNumber };
    return {
      table: search.person.table,
      keys: await findByNameAndAddress(search, this.pool, stated),
    };
  }

  /**
   * The person's rows of one table, streamed through a server-side portal in batches. Columns are
   * those the map lists; values are JSON-safe. Rows arrive in no particular order.
   */
  async *streamTable(location: SubjectLocation, table: string): AsyncGenerator<JsonSafeRow> {
    const query = buildSubjectQuery(this.system, table, this.rootsOf(location), {
      columns: this.columnsOf(table),
    });
    if (!query) return;
    const pooled = await takePooledClient(this.pool);
    const stream = new QueryStream(query.text, query.values, {
      batchSize: STREAM_BATCH_SIZE,
      types: JSON_SAFE_TYPES,
    });
    let failure: Error | undefined;
    try {
      const rows = (pooled.client.query(stream) as AsyncIterable<Record<string, unknown>>)[
        Symbol.asyncIterator
      ]();
      for (;;) {
        // pg-query-stream reports an error only once the portal is closed, which a lost
        // connection never confirms: the read would wait forever, holding its job's lock.
        const next = await Promise.race([rows.next(), pooled.whenLost]);
        if (next.done) break;
        yield jsonSafeRow(next.value);
      }
    } catch (error) {
      failure = error instanceof Error ? error : new Error(String(error));
      throw error;
    } finally {
      // A consumer that stops early leaves the portal open: close it before the client goes back.
      if (!stream.destroyed) stream.destroy();
      if (!stream.closed && !pooled.lost) {
        await new Promise((resolve) => stream.once('close', resolve));
      }
      pooled.release(failure);
    }
  }

  /** How many of the person's rows each linked table holds. */
  async countRows(location: SubjectLocation): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const table of this.tables()) {
      const query = buildSubjectQuery(this.system, table, this.rootsOf(location), 'count');
      if (!query) {
        counts[table] = 0;
        continue;
      }
      const result = await this.pool.query<{ count: string }>(query.text, query.values);
      counts[table] = Number(result.rows[0]?.count ?? 0);
    }
    return counts;
  }

  /**
   * Erases the located person by the map's erasure rules: deletes, de-identifies, or keeps rows
   * under a legal exception with their identifying fields shrunk. Idempotent.
   */
  async erase(location: SubjectLocation, options: ErasureOptions): Promise<ErasureReceipt> {
    return eraseSubject(this.system, this.pool, this.rootsOf(location), options);
  }

  /**
   * Re-queries the person after erasure: per linked table, rows still holding what erasure must
   * remove (all zeros after a good erasure). The email is hashed away by then, so pass the
   * location captured before erasure too: its keys still reach the kept and any left-over rows.
   */
  async residualAfterErasure(
    identity: SubjectIdentity,
    before?: SubjectLocation,
  ): Promise<Record<string, number>> {
    // Keys from other databases are not found again by email here; `before` carries them.
    const now = await this.locate(identity);
    const roots = before ? mergeRoots(now.roots, this.rootsOf(before)) : now.roots;
    return countResidual(this.system, this.pool, roots);
  }

  /** The person's rows a correction names, with what they hold now; changes nothing. */
  async correctionRows(
    location: SubjectLocation,
    correction: RecordCorrection,
  ): Promise<CorrectionRow[]> {
    return findCorrectionRows(this.system, this.pool, this.rootsOf(location), correction);
  }

  /** Writes each correction to its chosen rows only, then reads them back. */
  async correctChosenRows(location: SubjectLocation, corrections: readonly ChosenCorrection[]) {
    return correctRows(this.system, this.pool, this.rootsOf(location), corrections);
  }

  /**
   * Withdraws consent, ends subscriptions and clears preference flags as of `at`, and notes each
   * consent concerned in the consent history under `source` (the request). Idempotent per source.
   */
  async withdrawConsent(
    location: SubjectLocation,
    purposes: WithdrawnPurposes,
    at: Date,
    source = 'privacy request',
  ): Promise<ConsentReceipt> {
    const roots = this.rootsOf(location);
    return withdrawSubjectConsent(this.system, this.pool, roots, purposes, at, source);
  }

  private columnsOf(table: string): string[] {
    const definition = this.system.tables[table];
    if (!definition?.link)
      throw new Error(`table "${table}" of system "${this.system.name}" is not linked to people`);
    return Object.keys(definition.fields);
  }

  private rootsOf(location: SubjectLocation): Readonly<Record<string, readonly string[]>> {
    if (location.system !== this.system.name) {
      throw new Error(`location is for system "${location.system}", not "${this.system.name}"`);
    }
    return location.roots;
  }
}
