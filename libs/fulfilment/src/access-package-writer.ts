import { once } from 'node:events';
import { Writable } from 'node:stream';
import { DATA_CATEGORIES, DataMapTable } from '@rightsdesk/data-map';
import { discloseValue } from './disclosure';

/** Format name and version written into every package. */
export const ACCESS_PACKAGE_FORMAT = 'rightsdesk.access-package/1';

/**
 * Writes an access package as one JSON document, a dataset at a time and a row at a time, to a
 * stream with back-pressure: memory stays flat however many rows a person has.
 */
export class AccessPackageWriter {
  private datasetCount = 0;
  private rowsInDataset = 0;

  constructor(private readonly out: Writable) {}

  async begin(header: { reference: string; generatedAt: string; scope: string }): Promise<void> {
    await this.write(
      `{"format":${JSON.stringify(ACCESS_PACKAGE_FORMAT)},"reference":${JSON.stringify(header.reference)},`,
    );
    await this.write(
      `"generatedAt":${JSON.stringify(header.generatedAt)},"scope":${JSON.stringify(header.scope)},"datasets":[`,
    );
  }

  async beginDataset(system: string, table: string, definition: DataMapTable): Promise<void> {
    const categories = [...new Set(Object.values(definition.fields).map((field) => field.category))]
      .filter((category) => category !== 'none')
      .map((category) => DATA_CATEGORIES[category].label);
    const withheld = Object.entries(definition.fields)
      .filter(([, field]) => field.disclosure === 'withhold')
      .map(([column]) => column);
    const facts = {
      system,
      table,
      description: definition.description ?? null,
      categories,
      purpose: definition.purpose ?? null,
      legalBasis: definition.legal_basis ?? [],
      recipients: definition.recipients ?? [],
      retention: definition.retention?.description ?? null,
      source: definition.source ?? [],
      withheldFields: withheld,
    };
    const json = JSON.stringify(facts);
    await this.write(`${this.datasetCount > 0 ? ',' : ''}${json.slice(0, -1)},"rows":[`);
    this.datasetCount += 1;
    this.rowsInDataset = 0;
  }

  async row(row: Record<string, unknown>, definition: DataMapTable): Promise<void> {
    const disclosed: Record<string, unknown> = {};
    for (const [column, value] of Object.entries(row)) {
      const field = definition.fields[column];
      disclosed[column] = field ? discloseValue(value, field.disclosure) : value;
    }
    await this.write(`${this.rowsInDataset > 0 ? ',' : ''}${JSON.stringify(disclosed)}`);
    this.rowsInDataset += 1;
  }

  async endDataset(): Promise<void> {
    await this.write(`],"rowCount":${this.rowsInDataset}}`);
  }

  async end(): Promise<void> {
    await this.write(']}');
    this.out.end();
    await once(this.out, 'finish');
  }

  private async write(text: string): Promise<void> {
    if (!this.out.write(text)) await once(this.out, 'drain');
  }
}
