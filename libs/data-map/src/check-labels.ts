import type { DataMap, DataMapField, DataMapTable, PeopleText } from './data-map.schema';
import type { MapIssue } from './map-issue';
import { systemsOf } from './mapped-system';

const LANGUAGE_NAMES = { en: 'English', es: 'Spanish' } as const;

/**
 * Checks the shape of `shown_as` and what goes with it, on every map (old maps simply have none):
 * a code needs its codes explained, a currency goes only with money (without one, an amount is
 * shown as a plain number: its label should say which currency), and a currency column must be a
 * field of the same table.
 */
export function checkShownAs(map: DataMap): MapIssue[] {
  const issues: MapIssue[] = [];
  for (const { name: systemName, tables } of systemsOf(map, 'postgres')) {
    for (const [tableName, table] of Object.entries(tables)) {
      for (const [column, field] of Object.entries(table.fields)) {
        const at = ['systems', systemName, 'tables', tableName, 'fields', column];
        const shownAs = field.shown_as ?? 'text';
        if (shownAs === 'code' && !field.codes)
          issues.push({
            path: [...at, 'codes'],
            message: 'required with shown_as: code (what each stored value means, in en and es)',
          });
        if (shownAs !== 'code' && field.codes)
          issues.push({ path: [...at, 'codes'], message: 'only used with shown_as: code' });
        if (shownAs !== 'money_cents' && field.currency)
          issues.push({
            path: [...at, 'currency'],
            message: 'only used with shown_as: money_cents',
          });
        const currencyColumn =
          field.currency && 'column' in field.currency ? field.currency.column : undefined;
        if (currencyColumn && !table.fields[currencyColumn])
          issues.push({
            path: [...at, 'currency', 'column'],
            message: `unknown field "${currencyColumn}" of table "${tableName}"`,
          });
      }
    }
  }
  return issues;
}

/** True when a person may see this table: it is linked to people or holds personal data. */
export function reachesPeople(table: DataMapTable): boolean {
  return table.link !== undefined || Object.values(table.fields).some((f) => f.category !== 'none');
}

/**
 * The words people read, required before a map is activated: every system, every table that holds personal
 * data has a `label` in English and Spanish, and so has every personal field (category other
 * than none) and every code it explains. The `description` is a staff note and does not count.
 */
export function checkPeopleLabels(map: DataMap): MapIssue[] {
  const issues: MapIssue[] = [];
  for (const [systemName, system] of Object.entries(map.systems)) {
    issues.push(
      ...missingWords(
        system.label,
        ['systems', systemName, 'label'],
        `the name people read for system "${systemName}" (where we keep their data)`,
      ),
    );
  }
  for (const { name: systemName, tables } of systemsOf(map, 'postgres')) {
    for (const [tableName, table] of Object.entries(tables)) {
      if (!reachesPeople(table)) continue;
      const at = ['systems', systemName, 'tables', tableName];
      issues.push(
        ...missingWords(
          table.label,
          [...at, 'label'],
          `the name people read for table "${tableName}"`,
        ),
      );
      for (const [column, field] of Object.entries(table.fields)) {
        if (field.category === 'none') continue;
        issues.push(...fieldIssues(field, [...at, 'fields', column], tableName, column));
      }
      issues.push(...kindIssues(table, at, tableName));
    }
  }
  return issues;
}

/**
 * A correction names one record by its kind ("my billing address"): each kind a person may name
 * needs its words among the codes of the column it is stored in.
 */
function kindIssues(table: DataMapTable, at: string[], tableName: string): MapIssue[] {
  const column = table.correction?.record_named_by;
  const field = column ? table.fields[column] : undefined;
  if (!column || !field) return [];
  return (table.correction?.kinds ?? []).flatMap((kind) =>
    field.codes?.[kind]
      ? []
      : [
          {
            path: [...at, 'fields', column, 'codes', kind],
            message: `required before activation: what kind "${kind}" of field "${column}" of table "${tableName}" means to people, in English and Spanish (a correction names the record by it)`,
          },
        ],
  );
}

function fieldIssues(
  field: DataMapField,
  at: string[],
  tableName: string,
  column: string,
): MapIssue[] {
  // A correctable field is also what a person picks on the correction form and reads in the
  // answer, and what the officer reviews: say so, so the admin knows why the words matter.
  const issues = missingWords(
    field.label,
    [...at, 'label'],
    `the name people read for field "${column}" of table "${tableName}"`,
    field.correctable
      ? 'people pick it when they ask for a correction and read it in our answer'
      : undefined,
  );
  for (const [code, words] of Object.entries(field.codes ?? {})) {
    issues.push(
      ...missingWords(
        words,
        [...at, 'codes', code],
        `what code "${code}" of field "${column}" of table "${tableName}" means to people`,
      ),
    );
  }
  return issues;
}

function missingWords(
  words: PeopleText | undefined,
  at: string[],
  what: string,
  why?: string,
): MapIssue[] {
  return (['en', 'es'] as const).flatMap((language) =>
    words?.[language]
      ? []
      : [
          {
            path: [...at, language],
            message: `required before activation: ${what}, in ${LANGUAGE_NAMES[language]}${why ? `: ${why}` : ''} (a description is a note for staff and is never shown to people)`,
          },
        ],
  );
}
