import { promisify } from 'node:util';
import { DataSource } from 'typeorm';
import yauzl from 'yauzl';
import { readPackage } from '@rightsdesk/fulfilment';
import { AccessPackage } from '@rightsdesk/persistence';

/** manifest.json of a package, as tests read it. */
export interface PackageManifest {
  format: string;
  reference: string;
  scope: 'copy' | 'categories';
  files: string[];
  datasets: Array<{
    system: string;
    table: string;
    label: string;
    categories: string[];
    withheldFields: string[];
    rows: number;
    files: { json: string; csv: string } | null;
  }>;
}

/** A package unzipped: every entry's text by name, the manifest, and the rows of each table. */
export interface ReadAccessPackage {
  zip: Buffer;
  entries: Map<string, string>;
  manifest: PackageManifest;
  report: string;
  /** The rows of `<system>/<table>.json`. */
  rows(table: string, system?: string): Array<Record<string, unknown>>;
  /** The raw text of `<system>/<table>.csv`, byte order mark included. */
  csv(table: string, system?: string): string;
}

const fromBuffer = promisify(yauzl.fromBuffer) as (
  buffer: Buffer,
  options: yauzl.Options,
) => Promise<yauzl.ZipFile>;

/** Every entry of a ZIP as UTF-8 text, read with yauzl (checks sizes and CRCs as it goes). */
export async function unzipEntries(zip: Buffer): Promise<Map<string, string>> {
  const file = await fromBuffer(zip, { lazyEntries: true });
  const entries = new Map<string, string>();
  await new Promise<void>((resolve, reject) => {
    file.on('error', reject);
    file.on('end', () => resolve());
    file.on('entry', (entry: yauzl.Entry) => {
      file.openReadStream(entry, (error, stream) => {
        if (error) return reject(error);
        const parts: Buffer[] = [];
        stream.on('data', (part: Buffer) => parts.push(part));
        stream.on('error', reject);
        stream.on('end', () => {
          entries.set(entry.fileName, Buffer.concat(parts).toString('utf8'));
          file.readEntry();
        });
      });
    });
    file.readEntry();
  });
  return entries;
}

/** Reads a package's ZIP bytes (as a download would give them) into its parts. */
export async function readZipPackage(zip: Buffer): Promise<ReadAccessPackage> {
  const entries = await unzipEntries(zip);
  const text = (name: string) => {
    const found = entries.get(name);
    if (found === undefined) throw new Error(`the package has no ${name}`);
    return found;
  };
  const manifest = JSON.parse(text('manifest.json')) as PackageManifest;
  // A table name is unique across the demo's databases: the manifest says which one holds it.
  const systemOf = (table: string) =>
    manifest.datasets.find((dataset) => dataset.table === table)?.system ?? 'shop';
  return {
    zip,
    entries,
    manifest,
    report: text('report.html'),
    rows: (table, system = systemOf(table)) =>
      JSON.parse(text(`${system}/${table}.json`)) as Array<Record<string, unknown>>,
    csv: (table, system = systemOf(table)) => text(`${system}/${table}.csv`),
  };
}

/** Decrypts and unzips a request's stored package, as a download would. */
export async function readAccessPackage(
  dataSource: DataSource,
  key: Buffer,
  requestId: string,
): Promise<ReadAccessPackage & { stored: AccessPackage }> {
  const stored = await dataSource
    .getRepository(AccessPackage)
    .findOneByOrFail({ requestId, status: 'ready' });
  const parts: Buffer[] = [];
  for await (const chunk of readPackage(dataSource.manager, key, stored.id, stored.chunkCount))
    parts.push(chunk);
  return { ...(await readZipPackage(Buffer.concat(parts))), stored };
}

/** The rows of a CSV file (RFC 4180: quoted cells may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  for (let i = 0; i < body.length; i += 1) {
    const character = body[i];
    if (quoted) {
      if (character === '"' && body[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (character === '"') quoted = false;
      else cell += character;
    } else if (character === '"') quoted = true;
    else if (character === ',') {
      record.push(cell);
      cell = '';
    } else if (character === '\r' && body[i + 1] === '\n') {
      record.push(cell);
      records.push(record);
      record = [];
      cell = '';
      i += 1;
    } else cell += character;
  }
  if (cell !== '' || record.length > 0) {
    record.push(cell);
    records.push(record);
  }
  return records;
}
