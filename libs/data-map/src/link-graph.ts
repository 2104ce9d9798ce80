import type { PostgresSystem } from './data-map.schema';

/** A table's link with defaults filled in: `references` is the parent's primary key unless named. */
export interface ResolvedLink {
  identity?: { email: string };
  via?: { table: string; column: string; references: string };
  /** A parent table in another database of the map: rows are found by its keys. */
  external?: { system: string; table: string; column: string };
}

/** The link of a table in a validated system, or undefined for a table not linked to people. */
export function resolveLink(system: PostgresSystem, tableName: string): ResolvedLink | undefined {
  const link = system.tables[tableName]?.link;
  if (!link) return undefined;
  if (link.system !== undefined && link.via !== undefined && link.column !== undefined) {
    return {
      ...(link.identity ? { identity: link.identity } : {}),
      external: { system: link.system, table: link.via, column: link.column },
    };
  }
  const parent = link.via === undefined ? undefined : system.tables[link.via];
  return {
    ...(link.identity ? { identity: link.identity } : {}),
    ...(link.via !== undefined && link.column !== undefined
      ? {
          via: {
            table: link.via,
            column: link.column,
            references: link.references ?? parent?.primary_key ?? '',
          },
        }
      : {}),
  };
}

/** A foreign key the map states, through a link's `via` or a field's `foreign_key`. */
export interface ForeignKey {
  table: string;
  column: string;
  references: { table: string; column: string };
}

export function foreignKeysOf(system: PostgresSystem): ForeignKey[] {
  const keys: ForeignKey[] = [];
  for (const [tableName, table] of Object.entries(system.tables)) {
    const via = resolveLink(system, tableName)?.via;
    if (via)
      keys.push({
        table: tableName,
        column: via.column,
        references: { table: via.table, column: via.references },
      });
    for (const [column, field] of Object.entries(table.fields)) {
      if (!field.foreign_key || column === via?.column) continue;
      const [refTable, refColumn] = field.foreign_key.split('.') as [string, string];
      keys.push({ table: tableName, column, references: { table: refTable, column: refColumn } });
    }
  }
  return keys;
}

/**
 * The tables a link path walks through from `tableName` up its `via` parents, starting with the
 * table itself. Stops at a table without a parent, an unknown table, or before repeating one
 * (then `cycle` is true).
 */
export function linkPath(
  system: PostgresSystem,
  tableName: string,
): { tables: string[]; cycle: boolean } {
  const tables = [tableName];
  let current = system.tables[tableName];
  // A parent in another database ends the path here: it is found there, by that system's keys.
  while (current?.link?.via !== undefined && current.link.system === undefined) {
    const next = current.link.via;
    if (tables.includes(next)) return { tables: [...tables, next], cycle: true };
    tables.push(next);
    current = system.tables[next];
  }
  return { tables, cycle: false };
}

/** The tables of other systems whose keys find rows here, as "system.table". */
export function externalParents(system: PostgresSystem): Array<{ system: string; table: string }> {
  const parents = new Map<string, { system: string; table: string }>();
  for (const table of Object.values(system.tables)) {
    const link = table.link;
    if (link?.system !== undefined && link.via !== undefined)
      parents.set(`${link.system}.${link.via}`, { system: link.system, table: link.via });
  }
  return [...parents.values()];
}

/** Where another system's keys sit among a location's roots: table names hold no dot. */
export function externalRootKey(system: string, table: string): string {
  return `${system}.${table}`;
}

/** Tables whose rows are linked to people (by identity, via a parent, or both). */
export function linkedTables(system: PostgresSystem): string[] {
  return Object.entries(system.tables)
    .filter(([, table]) => table.link !== undefined)
    .map(([name]) => name);
}
