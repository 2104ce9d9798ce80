import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseDocument } from 'yaml';

const DEMO_MAP = resolve(__dirname, '../../data-map/shop.v1.yaml');

/**
 * The demo data map with only its database (postgres) systems, written under bench-results/.
 * The benchmarks measure Rightsdesk's own work on the shop's data; a webhook or manual system
 * would add a processor's answer time or wait for staff, neither of which is ours to time.
 * Returns the file's path, for DATA_MAP_PATH.
 */
export function databaseSystemsMap(source = DEMO_MAP): string {
  const document = parseDocument(readFileSync(source, 'utf8'));
  const systems = (document.toJS() as { systems: Record<string, { connector: string }> }).systems;
  for (const [name, system] of Object.entries(systems)) {
    if (system.connector !== 'postgres') document.deleteIn(['systems', name]);
  }
  const directory = resolve(__dirname, '../../bench-results');
  mkdirSync(directory, { recursive: true });
  const path = join(directory, 'data-map.databases-only.yaml');
  writeFileSync(path, document.toString());
  return path;
}
