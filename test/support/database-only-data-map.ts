import { randomUUID } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';

/** The temporary maps written in this spec file and not yet removed. */
const written = new Set<string>();

/**
 * The demo map without its webhook and manual systems, written to a temporary file: for tests
 * about the databases alone, whose requests must complete without a processor or staff acting.
 * Returns the file's path, for DATA_MAP_PATH; E2eRightsdesk.stop() removes it.
 */
export async function databaseOnlyDataMap(source = 'data-map/shop.v1.yaml'): Promise<string> {
  const document = parseDocument(await readFile(source, 'utf8'));
  const systems = document.toJS().systems as Record<string, { connector: string }>;
  for (const [name, system] of Object.entries(systems)) {
    if (system.connector !== 'postgres') document.deleteIn(['systems', name]);
  }
  const path = join(tmpdir(), `rightsdesk-databases-only-${process.pid}-${randomUUID()}.yaml`);
  await writeFile(path, document.toString());
  written.add(path);
  return path;
}

/** Removes the map at `path` if databaseOnlyDataMap wrote it (any other path is left alone). */
export async function removeDatabaseOnlyDataMap(path: string | undefined): Promise<void> {
  if (!path || !written.delete(path)) return;
  await rm(path, { force: true });
}

/**
 * What the fault specs run with: the databases alone (above), an access request approved as soon
 * as its person is verified, and the outbox relayed every 100 ms, so a spec waits little.
 */
export async function databasesOnlySettings(): Promise<NodeJS.ProcessEnv> {
  return {
    DATA_MAP_PATH: await databaseOnlyDataMap(),
    AUTO_APPROVE: 'access',
    OUTBOX_POLL_MS: '100',
  };
}
