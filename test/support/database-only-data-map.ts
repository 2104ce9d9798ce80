import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { parseDocument } from 'yaml';

/**
 * The demo map without its webhook and manual systems, written to a temporary file: for tests
 * about the databases alone, whose requests must complete without a processor or staff acting.
 * Returns the file's path, for DATA_MAP_PATH.
 */
export async function databaseOnlyDataMap(source = 'data-map/shop.v1.yaml'): Promise<string> {
  const document = parseDocument(await readFile(source, 'utf8'));
  const systems = document.toJS().systems as Record<string, { connector: string }>;
  for (const [name, system] of Object.entries(systems)) {
    if (system.connector !== 'postgres') document.deleteIn(['systems', name]);
  }
  const path = join(tmpdir(), `rightsdesk-databases-only-${process.pid}.yaml`);
  await writeFile(path, document.toString());
  return path;
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
