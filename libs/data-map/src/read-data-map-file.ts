import { readFile } from 'node:fs/promises';
import type { DataMap } from './data-map.schema';
import { parseDataMap } from './load-data-map';

/** Reads and validates a data map YAML file; the only part of this lib that does I/O. */
export async function readDataMapFile(path: string): Promise<DataMap> {
  return parseDataMap(await readFile(path, 'utf8'), path);
}
