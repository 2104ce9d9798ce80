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
