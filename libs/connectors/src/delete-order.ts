import { foreignKeysOf, type PostgresSystem } from '@rightsdesk/data-map';

/**
 * The order in which to delete rows from `tables` so no foreign key ever points at a deleted row:
 * every child before the parent it references (the map's links and declared `foreign_key`s).
 * Tables with no order between them keep the order they were given. Throws on a cycle, which no
 * single ordering of DELETE statements can satisfy.
 */
export function deleteOrder(system: PostgresSystem, tables: readonly string[]): string[] {
  const members = new Set(tables);
  // childrenLeft[t]: tables still to delete from that reference t, so t must wait for them.
  const childrenLeft = new Map(tables.map((table) => [table, new Set<string>()]));
  for (const key of foreignKeysOf(system)) {
    const parent = key.references.table;
    if (key.table === parent || !members.has(key.table) || !members.has(parent)) continue;
    childrenLeft.get(parent)?.add(key.table);
  }
  const ordered: string[] = [];
  const pending = [...tables];
  while (pending.length > 0) {
    // The first table in the given order that nothing still pending references.
    const index = pending.findIndex((table) => (childrenLeft.get(table)?.size ?? 0) === 0);
    if (index === -1)
      throw new Error(`foreign keys form a cycle between tables ${pending.join(', ')}`);
    const [table] = pending.splice(index, 1) as [string];
    ordered.push(table);
    for (const children of childrenLeft.values()) children.delete(table);
  }
  return ordered;
}
