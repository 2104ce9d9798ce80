import { z } from 'zod';
import { DataMap, DataMapTable, systemsOf } from '@rightsdesk/data-map';
import { datasetFactsOf } from '@rightsdesk/fulfilment';
import type { ReportDocument } from './report-document';
import { processingRecordSchema } from './report-schemas';

export type ProcessingRecord = z.infer<typeof processingRecordSchema>;

export interface Controller {
  name: string;
  contact: string;
}

/**
 * The record of processing activities (GDPR Art. 30(1)) generated from the data map, one
 * activity per dataset that holds personal data: purpose, lawful basis, categories of data,
 * recipients and transfers, retention, source, automated decisions, and what erasure does.
 * Pure: the same map always gives the same record (GDPR Arts 5(2), 30: generated from the inventory).
 */
export function processingRecord(
  map: DataMap,
  controller: Controller,
  now: Date,
): ProcessingRecord {
  const activities = systemsOf(map, 'postgres').flatMap((system) =>
    Object.entries(system.tables)
      .filter(([, table]) => Object.values(table.fields).some((field) => field.category !== 'none'))
      .map(([name, table]) => {
        const facts = datasetFactsOf(system.name, name, table, map.recipients, 0, false);
        return {
          system: system.name,
          dataset: name,
          label: facts.label,
          purpose: facts.purpose,
          legalBases: facts.legalBasis.map((basis) => basis.wording),
          legitimateInterest: facts.legitimateInterest,
          dataCategories: facts.categories,
          recipients: facts.recipients.map((recipient) => ({
            name: recipient.name,
            role: recipient.role,
          })),
          transfers: [
            ...new Set(facts.recipients.flatMap((recipient) => recipient.transfers ?? [])),
          ],
          retention: facts.retention,
          sources: facts.sources.map((source) => source.wording),
          automatedDecisionMaking: facts.automatedDecisionMaking
            ? `${facts.automatedDecisionMaking.logic}${facts.automatedDecisionMaking.significantEffects ? ' (with significant effects)' : ''}`
            : null,
          erasure: erasureWords(table),
        };
      }),
  );
  return {
    report: 'processing-record',
    version: 1,
    generatedAt: now.toISOString(),
    controller,
    dataMapVersion: map.version,
    activities,
  };
}

function erasureWords(table: DataMapTable): string {
  const erasure = table.erasure;
  if (!erasure) return 'not erased on request (no personal data linked to a person)';
  if (erasure.action === 'delete') return 'deleted on request';
  if (erasure.action === 'deidentify') return `de-identified on request: ${erasure.reason}`;
  return `kept on request for ${erasure.period} (${erasure.legal_basis}): ${erasure.reason}`;
}

export function processingRecordDocument(record: ProcessingRecord): ReportDocument {
  const rows = record.activities.map((activity) => ({
    ...activity,
    dataset: `${activity.system}.${activity.dataset}`,
    legalBases: activity.legalBases.join('; '),
    dataCategories: activity.dataCategories.join(', '),
    recipients: activity.recipients.map((r) => `${r.name} (${r.role})`).join('; '),
    transfers: activity.transfers.join('; '),
    sources: activity.sources.join('; '),
  }));
  const bases = new Map<string, number>();
  for (const activity of record.activities) {
    for (const basis of activity.legalBases.length ? activity.legalBases : ['not stated']) {
      const short = basis.split(':')[0].trim();
      bases.set(short, (bases.get(short) ?? 0) + 1);
    }
  }
  const columns = [
    { key: 'dataset', label: 'Dataset', width: 1.3 },
    { key: 'purpose', label: 'Purpose', width: 2 },
    { key: 'legalBases', label: 'Lawful basis', width: 1.6 },
    { key: 'dataCategories', label: 'Categories of data', width: 1.8 },
    { key: 'recipients', label: 'Recipients', width: 1.8 },
    { key: 'transfers', label: 'Transfers', width: 1.5 },
    { key: 'retention', label: 'Retention', width: 1.5 },
    { key: 'sources', label: 'Source', width: 1.1 },
    { key: 'erasure', label: 'On erasure', width: 1.5 },
  ];
  return {
    name: 'processing-record',
    title: 'Record of processing activities',
    fileName: `processing-record-v${record.dataMapVersion}`,
    facts: [
      ['Controller', `${record.controller.name}, ${record.controller.contact}`],
      ['Generated from', `data map version ${record.dataMapVersion}`],
      ['Generated', record.generatedAt],
    ],
    notes: [
      "GDPR Art. 30(1): one line per dataset that holds personal data, generated from the data map, so this record changes when the map does. Data subjects: the shop's customers, visitors and people who contact it.",
    ],
    charts: [
      {
        title: 'Datasets by lawful basis',
        kind: 'bar',
        categories: [...bases.keys()],
        series: [{ name: 'Datasets', values: [...bases.values()] }],
      },
    ],
    tables: [{ title: 'Processing activities', columns, rows }],
    csv: {
      title: 'Processing activities',
      columns: [
        { key: 'system', label: 'system' },
        ...columns,
        { key: 'legitimateInterest', label: 'legitimateInterest' },
        { key: 'automatedDecisionMaking', label: 'automatedDecisionMaking' },
      ],
      rows: rows.map((row) => ({ ...row, dataset: row.dataset.split('.').slice(1).join('.') })),
    },
    json: record,
  };
}
