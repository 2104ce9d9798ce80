import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDataMap } from '@rightsdesk/data-map';
import { processingRecord, processingRecordDocument } from './processing-record.report';
import { processingRecordSchema } from './report-schemas';

const shopMap = parseDataMap(
  readFileSync(join(__dirname, '..', '..', '..', 'data-map', 'shop.v1.yaml'), 'utf8'),
);

describe(processingRecord.name, () => {
  const record = processingRecord(
    shopMap,
    { name: 'Example Shop', contact: 'privacy@example.com' },
    new Date('2026-12-01T00:00:00Z'),
  );

  it('has one activity per dataset holding personal data, and validates', () => {
    expect(() => processingRecordSchema.parse(record)).not.toThrow();
    const personal = Object.values(shopMap.systems).flatMap((system) =>
      system.connector === 'postgres'
        ? Object.values(system.tables).filter((table) =>
            Object.values(table.fields).some((field) => field.category !== 'none'),
          )
        : [],
    );
    expect(record.activities).toHaveLength(personal.length);
    expect(record.dataMapVersion).toBe(shopMap.version);
  });

  it("states the customer account's purpose, basis, recipients, transfers and erasure", () => {
    const customers = record.activities.find((activity) => activity.dataset === 'customers');
    expect(customers?.legalBases.join(' ')).toMatch(/Art\. 6\(1\)\(b\)/);
    expect(customers?.recipients.map((recipient) => recipient.role)).toContain('processor');
    expect(customers?.transfers.join(' ')).toMatch(/United States/);
    expect(customers?.erasure).toMatch(/^de-identified on request/);
  });

  it('charts datasets by lawful basis, named by article', () => {
    const [chart] = processingRecordDocument(record).charts;
    expect(
      chart.categories.every((category) => /^GDPR Art\. 6\(1\)\([a-f]\)$/.test(category)),
    ).toBe(true);
  });
});
