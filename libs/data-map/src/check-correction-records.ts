import type { DataMapTable } from './data-map.schema';
import type { MapIssue } from './map-issue';

/**
 * A table's `correction` block names real columns: the one a person names a record by exists
 * (and is not itself corrected, or the name would move), kinds come with it, and each group of
 * fields corrected together lists declared, correctable columns.
 */
export function checkCorrectionRecords(table: DataMapTable, at: string[]): MapIssue[] {
  const correction = table.correction;
  if (!correction) return [];
  const issues: MapIssue[] = [];
  const issue = (path: (string | number)[], message: string) =>
    issues.push({ path: [...at, 'correction', ...path], message });
  if (!table.link) issue([], 'only used on a table linked to people');
  const namedBy = correction.record_named_by;
  if (namedBy !== undefined) {
    const field = table.fields[namedBy];
    if (!field) issue(['record_named_by'], `"${namedBy}" is not a field of this table`);
    else if (field.correctable)
      issue(['record_named_by'], 'the column a record is named by cannot itself be correctable');
    if (!correction.kinds) issue(['kinds'], 'required with record_named_by: the values it holds');
  } else if (correction.kinds) {
    issue(['kinds'], 'only used with record_named_by');
  }
  const grouped = new Set<string>();
  (correction.together ?? []).forEach((group, index) =>
    group.forEach((column, position) => {
      const path = ['together', index, position];
      if (!table.fields[column]) issue(path, `"${column}" is not a field of this table`);
      else if (!table.fields[column].correctable)
        issue(path, `"${column}" is not correctable, so it cannot be corrected with others`);
      if (grouped.has(column)) issue(path, `"${column}" is in more than one group`);
      grouped.add(column);
    }),
  );
  return issues;
}
