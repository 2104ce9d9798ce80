import { unknownField } from './check-links';
import type { DataCategory } from './data-category';
import type { DataMap, PostgresSystem } from './data-map.schema';
import { foreignKeysOf, type ForeignKey } from './link-graph';
import type { MapIssue } from './map-issue';
import { systemsOf } from './mapped-system';

// Direct identifiers a de-identified row may not keep (Civ. Code 1798.140(m); GDPR Recital 26).
const DIRECT_IDENTIFIERS: ReadonlySet<DataCategory> = new Set([
  'name',
  'email',
  'login',
  'phone',
  'postal_address',
  'ip_address',
]);

/**
 * Checks that the erasure plan can run: field rules only where rows stay, de-identified rows
 * lose every direct identifier, keys that hold rows together stay, and no table deletes rows
 * that a kept table still references (GDPR Art. 17(3): what is retained must stay intact).
 */
export function checkErasure(map: DataMap): MapIssue[] {
  const issues: MapIssue[] = [];
  for (const { name: systemName, ...system } of systemsOf(map, 'postgres')) {
    const at = (table: string): string[] => ['systems', systemName, 'tables', table];
    const keys = declaredForeignKeys(system, at, issues);

    for (const [tableName, table] of Object.entries(system.tables)) {
      const action = table.erasure?.action;
      const referencedBy = keys.filter((key) => key.references.table === tableName);
      for (const [column, field] of Object.entries(table.fields)) {
        const path = [...at(tableName), 'fields', column, 'erasure'];
        if (action === 'delete' || action === undefined) {
          if (field.erasure !== undefined) {
            issues.push({
              path,
              message: action
                ? `has no effect: table "${tableName}" deletes its rows`
                : 'only used on a table with an erasure rule',
            });
          }
          continue;
        }
        const rule = field.erasure ?? 'keep';
        if (action === 'deidentify' && field.category !== 'none' && field.erasure === undefined) {
          issues.push({
            path,
            message: `required: table "${tableName}" is de-identified, so each personal field says set_null, mask, hash or keep`,
          });
        } else if (
          action === 'deidentify' &&
          rule === 'keep' &&
          DIRECT_IDENTIFIERS.has(field.category)
        ) {
          issues.push({
            path,
            message: `a de-identified row cannot keep a direct identifier (category "${field.category}")`,
          });
        }
        const referrer = referencedBy.find((key) => key.references.column === column);
        if (rule !== 'keep' && column === table.primary_key) {
          issues.push({ path, message: 'the primary key of a kept row must be kept' });
        } else if (rule !== 'keep' && referrer) {
          issues.push({
            path,
            message: `must be keep: foreign key ${referrer.table}.${referrer.column} references it`,
          });
        } else if (
          (rule === 'mask' || rule === 'hash') &&
          keys.some((key) => key.table === tableName && key.column === column)
        ) {
          issues.push({ path, message: 'a foreign key column can only be kept or set_null' });
        }
      }
    }

    for (const key of keys) {
      const parent = system.tables[key.references.table];
      const child = system.tables[key.table];
      if (parent?.erasure?.action !== 'delete' || !child || child.erasure?.action === 'delete')
        continue;
      if (child.fields[key.column]?.erasure === 'set_null') continue;
      const kept = child.erasure
        ? `whose rows are kept (${child.erasure.action})`
        : 'which is not erased';
      issues.push({
        path: [...at(key.references.table), 'erasure', 'action'],
        message: `delete would break foreign key ${key.table}.${key.column} from table "${key.table}", ${kept}; use deidentify, or set_null that column`,
      });
    }
  }
  return issues;
}

/** Foreign keys of a system, reporting `foreign_key` declarations that name unknown places. */
function declaredForeignKeys(
  system: PostgresSystem,
  at: (table: string) => string[],
  issues: MapIssue[],
): ForeignKey[] {
  return foreignKeysOf(system).filter((key) => {
    const target = system.tables[key.references.table];
    const own = system.tables[key.table]?.link;
    const fromLink = own?.via === key.references.table && own.column === key.column;
    if (fromLink) return target !== undefined && target.fields[key.references.column] !== undefined;
    const path = [...at(key.table), 'fields', key.column, 'foreign_key'];
    if (!target) issues.push({ path, message: `unknown table "${key.references.table}"` });
    else if (!target.fields[key.references.column])
      issues.push({ path, message: unknownField(key.references.column, key.references.table) });
    return target?.fields[key.references.column] !== undefined;
  });
}
