import { DataMap, DataMapTable } from '@rightsdesk/data-map';
import { accessAnswer } from '@rightsdesk/notices';
import {
  AccessReport,
  DatasetFacts,
  DatasetReader,
  datasetFactsOf,
  readerFromMap,
} from '@rightsdesk/fulfilment';

/** A report as the package writer gets it, for a GDPR person in Spain unless told otherwise. */
export function reportFor(
  tables: Array<{ system: string; table: string; definition: DataMapTable; rows: number }>,
  map: DataMap,
  options: { scope?: 'copy' | 'categories'; language?: 'en' | 'es'; personZone?: string } = {},
): AccessReport {
  const language = options.language ?? 'en';
  const scope = options.scope ?? 'copy';
  const readerOf = readerFromMap(map, language, 'Europe/Madrid');
  const readers = new Map<string, DatasetReader>();
  const datasets: DatasetFacts[] = tables.map(({ system, table, definition, rows }) => {
    const reader = readerOf(system, table, definition);
    readers.set(`${system}/${table}`, reader);
    return datasetFactsOf(
      system,
      table,
      definition,
      map.recipients,
      rows,
      scope === 'copy',
      reader,
    );
  });
  return {
    reference: 'RD-7K3M-Q9XD',
    generatedAt: '2026-11-25T10:00:00.000Z',
    scope,
    dataMapVersion: map.version,
    datasets,
    language,
    readers,
    answer: accessAnswer({
      language,
      regime: 'gdpr',
      residence: { country: 'ES' },
      personZone: options.personZone,
      company: {
        name: 'Example Shop',
        contactEmail: 'privacy@example.com',
        postalAddress: ['6114 La Salle Ave Ste 133', 'Oakland CA 94611'],
        timeZone: 'America/Los_Angeles',
      },
      datasets,
    }),
  };
}
