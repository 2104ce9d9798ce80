import { Client } from 'pg';

/**
 * One row saying what the shop database holds. `loading` means a seed was interrupted: the
 * tables may lack the indexes and constraints dropped for loading, so the next seed recreates
 * them from SHOP_SCHEMA_SQL.
 */
export interface SeedMeta {
  status: 'loading' | 'complete';
  people: number;
  seed: number;
  seedVersion: string;
  schemaHash: string;
}

export const SEED_META_SQL = `
CREATE TABLE IF NOT EXISTS seed_meta (
  id            smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  status        text NOT NULL CHECK (status IN ('loading', 'complete')),
  people        integer NOT NULL,
  seed          bigint NOT NULL,
  seed_version  text NOT NULL,
  schema_hash   text NOT NULL,
  report        jsonb,
  seeded_at     timestamptz NOT NULL DEFAULT now()
);`;

export async function readSeedMeta(client: Client): Promise<SeedMeta | null> {
  const exists = await client.query<{ found: string | null }>(
    `SELECT to_regclass('seed_meta')::text AS found`,
  );
  if (exists.rows[0].found === null) return null;
  const result = await client.query<{
    status: SeedMeta['status'];
    people: number;
    seed: string;
    seed_version: string;
    schema_hash: string;
  }>('SELECT status, people, seed, seed_version, schema_hash FROM seed_meta WHERE id = 1');
  const row = result.rows[0];
  if (!row) return null;
  return {
    status: row.status,
    people: row.people,
    seed: Number(row.seed),
    seedVersion: row.seed_version,
    schemaHash: row.schema_hash,
  };
}

export async function writeSeedMeta(
  client: Client,
  meta: SeedMeta,
  report: unknown = null,
): Promise<void> {
  await client.query(SEED_META_SQL);
  await client.query(
    `INSERT INTO seed_meta (id, status, people, seed, seed_version, schema_hash, report, seeded_at)
     VALUES (1, $1, $2, $3, $4, $5, $6, now())
     ON CONFLICT (id) DO UPDATE SET status = $1, people = $2, seed = $3, seed_version = $4,
       schema_hash = $5, report = $6, seeded_at = now()`,
    [
      meta.status,
      meta.people,
      meta.seed,
      meta.seedVersion,
      meta.schemaHash,
      report === null ? null : JSON.stringify(report),
    ],
  );
}
