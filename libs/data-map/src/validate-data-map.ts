import { checkErasure } from './check-erasure';
import { checkLinks } from './check-links';
import { checkSystems } from './check-systems';
import { checkTables } from './check-tables';
import { type DataMap, dataMapSchema } from './data-map.schema';
import { DataMapInvalidError } from './data-map-invalid.error';
import type { MapIssue } from './map-issue';
import { fromZodIssues } from './zod-issues';

export type DataMapCheck = { ok: true; map: DataMap } | { ok: false; issues: MapIssue[] };

/**
 * Validates a parsed data map document: its shape first, then every cross-reference. Pure (no
 * I/O), so the admin console can check an edited map before it is saved.
 */
export function checkDataMap(document: unknown): DataMapCheck {
  const parsed = dataMapSchema.safeParse(document, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error.issues) };
  const map = parsed.data;
  const issues = [
    ...checkTables(map),
    ...checkLinks(map),
    ...checkErasure(map),
    ...checkSystems(map),
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
export function validateDataMap(document: unknown, source?: string): DataMap {
  const result = checkDataMap(document);
  if (result.ok) return result.map;
  throw new DataMapInvalidError(
    result.issues.map((issue) => ({
      path: issue.path.length ? issue.path.join('.') : '(document)',
      message: issue.message,
    })),
    source,
  );
}
