import { checkCorrectionRecords } from './check-correction-records';
import { unknownField } from './check-links';
import type { DataMap, DataMapTable } from './data-map.schema';
import type { MapIssue } from './map-issue';
import { systemsOf } from './mapped-system';

/**
 * Checks each table on its own: the primary key and every column a marker names are declared
 * fields, a table holding personal data is linked to people and states its GDPR Art. 30(1)
 * facts and erasure rule, and `correctable` sits only on fields a correction may really change.
 */
export function checkTables(map: DataMap): MapIssue[] {
  const issues: MapIssue[] = [];
  for (const { name: systemName, ...system } of systemsOf(map, 'postgres')) {
    for (const [tableName, table] of Object.entries(system.tables)) {
      const at = ['systems', systemName, 'tables', tableName];
      const issue = (path: (string | number)[], message: string): void => {
        issues.push({ path: [...at, ...path], message });
      };
      const needField = (path: (string | number)[], column: string): void => {
        if (!table.fields[column]) issue(path, unknownField(column, tableName));
      };

      needField(['primary_key'], table.primary_key);
      for (const [path, column] of markerColumns(table)) needField(path, column);

      const personal = Object.entries(table.fields).find(([, field]) => field.category !== 'none');
      if (!table.link) {
        if (personal)
          issue(['link'], `required: the table holds personal data (field "${personal[0]}")`);
        for (const key of [
          'data_points',
          'erasure',
          'consent',
          'consent_history',
          'marketing',
          'preference_flags',
        ] as const) {
          if (table[key] !== undefined) issue([key], 'only used on a table linked to people');
        }
      } else if (table.consent_history && !system.tables[table.link.via ?? '']?.consent) {
        issue(
          ['consent_history'],
          `must be linked (link.via) to a table with a consent marker; "${table.link.via}" has none`,
        );
      } else {
        // GDPR Art. 30(1)(b)-(f) and Art. 15(1): every linked table states these facts.
        for (const key of [
          'purpose',
          'legal_basis',
          'recipients',
          'retention',
          'source',
          'erasure',
        ] as const) {
          if (table[key] === undefined) issue([key], 'required on a table linked to people');
        }
      }

      const interests = table.legal_basis?.includes('legitimate_interests') ?? false;
      if (interests && table.legitimate_interest === undefined) {
        issue(
          ['legitimate_interest'],
          'required when legal_basis includes legitimate_interests (GDPR Art. 13(1)(d))',
        );
      }
      if (!interests && table.legitimate_interest !== undefined) {
        issue(['legitimate_interest'], 'only used when legal_basis includes legitimate_interests');
      }
      (table.recipients ?? []).forEach((recipient, index) => {
        if (!map.recipients[recipient])
          issue(
            ['recipients', index],
            `unknown recipient "${recipient}"; declare it under recipients`,
          );
      });

      issues.push(...checkCorrectable(table, at));
      issues.push(...checkCorrectionRecords(table, at));
    }
  }
  return issues;
}

/** Every column a table-level key names, with the path where it is named. */
function markerColumns(table: DataMapTable): [(string | number)[], string][] {
  const found: [(string | number)[], string][] = [];
  const points = table.data_points;
  points?.name?.forEach((column, index) => found.push([['data_points', 'name', index], column]));
  if (points?.phone) found.push([['data_points', 'phone'], points.phone]);
  if (points?.order_number) found.push([['data_points', 'order_number'], points.order_number]);
  if (points?.postal_address) {
    found.push([['data_points', 'postal_address', 'line1'], points.postal_address.line1]);
    found.push([
      ['data_points', 'postal_address', 'postal_code'],
      points.postal_address.postal_code,
    ]);
  }
  for (const key of ['purpose', 'granted', 'withdrawn_at'] as const) {
    if (table.consent) found.push([['consent', key], table.consent[key]]);
  }
  for (const key of ['event', 'at', 'source'] as const) {
    if (table.consent_history) found.push([['consent_history', key], table.consent_history[key]]);
  }
  for (const key of ['status', 'ended_at'] as const) {
    if (table.marketing) found.push([['marketing', key], table.marketing[key]]);
  }
  table.preference_flags?.columns.forEach((column, index) =>
    found.push([['preference_flags', 'columns', index], column]),
  );
  if (table.preference_flags)
    found.push([['preference_flags', 'updated_at'], table.preference_flags.updated_at]);
  return found;
}

function checkCorrectable(table: DataMapTable, at: string[]): MapIssue[] {
  const keys = new Set([table.primary_key, table.link?.column, table.link?.identity?.email]);
  const issues: MapIssue[] = [];
  for (const [column, field] of Object.entries(table.fields)) {
    if (!field.correctable) continue;
    const path = [...at, 'fields', column, 'correctable'];
    if (field.category === 'none')
      issues.push({ path, message: 'a field that holds no personal data has nothing to correct' });
    else if (field.disclosure === 'withhold')
      issues.push({
        path,
        message: 'a withheld secret is not changed through a correction request',
      });
    else if (keys.has(column) || field.foreign_key) {
      issues.push({
        path,
        message:
          'a key or link column cannot be corrected: rows would lose their link to the person',
      });
    }
  }
  return issues;
}
