import { once } from 'node:events';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import archiver from 'archiver';
import { DataMapTable } from '@rightsdesk/data-map';
import { AccessReport, accessReportPieces } from './access-report';
import { CSV_BOM, csvRecord } from './csv-format';
import { DatasetSpool, removeSpools, spoolDirectory } from './dataset-spool';
import { discloseValue } from './disclosure';

/** Format name and version written into every package: a ZIP since version 2. */
export const ACCESS_PACKAGE_FORMAT = 'rightsdesk.access-package/2';

type Row = Record<string, unknown>;

// Rows are handed to the archive in pieces of about this size: small enough to keep memory
// flat, large enough that compressing 200,000 rows is not 200,000 tiny writes.
const PIECE_CHARS = 64 * 1024;

/**
 * Writes an access package as a ZIP, streamed into `out` (the encrypted chunk store): per table a
 * JSON file and a CSV file of the person's rows (GDPR Art. 20: structured, commonly used,
 * machine-readable), then report.html (the readable copy with the Art. 15(1) facts) and
 * manifest.json. One entry at a time and one piece of rows at a time, with back-pressure all the
 * way from the database cursor to the chunk store, so memory stays flat however many rows a
 * person has; each dataset is read from its database once (see DatasetSpool). Every value passes
 * the data map's disclosure rule on the way in.
 */
export class AccessPackageWriter {
  private readonly archive = archiver('zip', { zlib: { level: 6 } });
  private readonly written: Promise<void>;
  /** How to read each dataset's rows again, disclosed, for the report's readable tables. */
  private readonly sources = new Map<string, () => AsyncIterable<Row>>();
  /** Where the datasets' rows wait for the CSV files and the report; made on the first dataset. */
  private spools?: Promise<string>;

  constructor(
    out: Writable,
    private readonly generatedAt: Date,
  ) {
    this.written = pipeline(this.archive, out);
    this.written.catch(() => undefined); // awaited in finish(); a failure also rejects an entry
  }

  /**
   * Adds `<system>/<table>.json` and `.csv`. A ZIP entry must be written whole before the next
   * starts, and holding the rows would not keep memory flat: so they are read from the database
   * once, for the JSON file, and kept on disk (encrypted) for the CSV file and for report.html's
   * readable tables (see finish). Returns how many rows went into the JSON file.
   */
  async addDataset(
    system: string,
    table: string,
    definition: DataMapTable,
    rows: () => AsyncIterable<Row>,
  ): Promise<number> {
    const counted = { rows: 0 };
    this.spools ??= spoolDirectory();
    const spool = await DatasetSpool.open(await this.spools, `${this.sources.size}.rows`);
    this.sources.set(`${system}/${table}`, () => disclosedRows(spool.rows(), definition));
    await this.entry(
      `${system}/${table}.json`,
      jsonPieces(spool.keep(rows()), definition, counted),
    );
    await spool.close();
    await this.entry(`${system}/${table}.csv`, csvPieces(spool.rows(), definition));
    return counted.rows;
  }

  /** Adds report.html and manifest.json, closes the ZIP and waits until every byte is stored. */
  async finish(report: AccessReport): Promise<void> {
    try {
      // The report streams: its readable tables read each dataset's kept rows, one at a time.
      await this.entry(
        'report.html',
        accessReportPieces(report, (dataset) =>
          this.sources.get(`${dataset.system}/${dataset.table}`)?.(),
        ),
      );
      await this.entry('manifest.json', `${JSON.stringify(packageManifest(report), null, 2)}\n`);
      await this.archive.finalize();
      await this.written;
    } finally {
      await this.removeSpools();
    }
  }

  /** Stops after a failure: the half-written package is discarded by the caller. */
  abort(error: Error): void {
    this.archive.destroy(error);
    void this.removeSpools();
  }

  /** The kept rows are personal data: they go as soon as the package is done or given up. */
  private async removeSpools(): Promise<void> {
    const directory = await this.spools?.catch(() => undefined);
    if (directory) await removeSpools(directory);
  }

  private async entry(name: string, content: AsyncIterable<string> | string): Promise<void> {
    const source =
      typeof content === 'string' ? Buffer.from(content, 'utf8') : Readable.from(content);
    // A failing source (a lost database connection) fails the archive, so nothing waits forever.
    if (source instanceof Readable) source.once('error', (error) => this.archive.destroy(error));
    const added = once(this.archive, 'entry');
    this.archive.append(source, { name, date: this.generatedAt });
    try {
      await added;
    } catch (error) {
      // Ends the row query too, so its database connection goes back to the pool.
      if (source instanceof Readable) source.destroy();
      throw error;
    }
  }
}

/** The package's table of contents, for programs: format, scope and per dataset the facts and files. */
export function packageManifest(report: AccessReport): object {
  return {
    format: ACCESS_PACKAGE_FORMAT,
    reference: report.reference,
    generatedAt: report.generatedAt,
    scope: report.scope,
    dataMapVersion: report.dataMapVersion,
    files: [
      'report.html',
      'manifest.json',
      ...report.datasets.flatMap((dataset) =>
        dataset.files ? [dataset.files.json, dataset.files.csv] : [],
      ),
    ],
    datasets: report.datasets,
  };
}

async function* disclosedRows(
  rows: AsyncIterable<Row>,
  definition: DataMapTable,
): AsyncGenerator<Row> {
  for await (const row of rows) {
    const object: Row = {};
    for (const [column, value] of Object.entries(row)) {
      const field = definition.fields[column];
      object[column] = field ? discloseValue(value, field.disclosure) : value;
    }
    yield object;
  }
}

function disclosed(row: Row, definition: DataMapTable, columns: readonly string[]): unknown[] {
  return columns.map((column) => {
    const field = definition.fields[column];
    return field ? discloseValue(row[column], field.disclosure) : row[column];
  });
}

/** A JSON array, one row object per line, in pieces of about PIECE_CHARS. */
async function* jsonPieces(
  rows: AsyncIterable<Row>,
  definition: DataMapTable,
  counted: { rows: number },
): AsyncGenerator<string> {
  let piece = '[';
  for await (const row of rows) {
    const object: Row = {};
    for (const [column, value] of Object.entries(row)) {
      const field = definition.fields[column];
      object[column] = field ? discloseValue(value, field.disclosure) : value;
    }
    piece += `${counted.rows > 0 ? ',' : ''}\n${JSON.stringify(object)}`;
    counted.rows += 1;
    if (piece.length >= PIECE_CHARS) {
      yield piece;
      piece = '';
    }
  }
  yield `${piece}${counted.rows > 0 ? '\n' : ''}]\n`;
}

/** RFC 4180 CSV with a header of the map's columns, UTF-8 with a byte order mark. */
async function* csvPieces(
  rows: AsyncIterable<Row>,
  definition: DataMapTable,
): AsyncGenerator<string> {
  const columns = Object.keys(definition.fields);
  let piece = CSV_BOM + csvRecord(columns);
  for await (const row of rows) {
    piece += csvRecord(disclosed(row, definition, columns));
    if (piece.length >= PIECE_CHARS) {
      yield piece;
      piece = '';
    }
  }
  yield piece;
}
