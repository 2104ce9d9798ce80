import { checkErasure } from './check-erasure';
import { checkPeopleLabels, checkShownAs } from './check-labels';
import { checkLinks } from './check-links';
import { checkSystems } from './check-systems';
import { checkTables } from './check-tables';
import { type DataMap, dataMapSchema } from './data-map.schema';
import { DataMapInvalidError } from './data-map-invalid.error';
import type { MapIssue } from './map-issue';
import { fromZodIssues } from './zod-issues';

export type DataMapCheck = { ok: true; map: DataMap } | { ok: false; issues: MapIssue[] };

export interface DataMapCheckOptions {
  /**
   * Also require the words people read (table and field labels in every language): set when an
   * admin uploads or activates a map. Stored maps from before labels existed still load without.
   */
  requirePeopleLabels?: boolean;
}

/**
 * Validates a parsed data map document: its shape first, then every cross-reference. Pure (no
 * I/O), so the admin console can check an edited map before it is saved.
 */
export function checkDataMap(document: unknown, options: DataMapCheckOptions = {}): DataMapCheck {
  const parsed = dataMapSchema.safeParse(document, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error.issues) };
  const map = parsed.data;
  const issues = [
    ...checkTables(map),
    ...checkLinks(map),
    ...checkErasure(map),
    ...checkSystems(map),
    ...checkShownAs(map),
    ...(options.requirePeopleLabels ? checkPeopleLabels(map) : []),
  ];
  return issues.length === 0 ? { ok: true, map } : { ok: false, issues: dedupe(issues) };
}

function dedupe(issues: MapIssue[]): MapIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.path.join('.')}\u0000${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Like checkDataMap, but throws DataMapInvalidError (without YAML lines) when invalid. */
export function validateDataMap(
  document: unknown,
  source?: string,
  options: DataMapCheckOptions = {},
): DataMap {
  const result = checkDataMap(document, options);
  if (result.ok) return result.map;
  throw new DataMapInvalidError(
    result.issues.map((issue) => ({
      path: issue.path.length ? issue.path.join('.') : '(document)',
      message: issue.message,
    })),
    source,
  );
}
