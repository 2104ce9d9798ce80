import type { PersonIdentifier, PostgresSystem } from './data-map.schema';
import { resolveLink } from './link-graph';
import type { MapIssue } from './map-issue';

/** Columns of one table that hold a data point, and the column there that names the person. */
export interface PersonColumns {
  table: string;
  /** The person table's primary key, or the column of a linked table referencing it. */
  personColumn: string;
}

/**
 * How a database finds a person who gave no email: the table found by identity holds their name
 * (one row per person), and it or a table linked to it holds their postal addresses; an order
 * number, where declared, narrows the people found to the one who placed that order.
 */
export interface PersonSearch {
  person: { table: string; primaryKey: string; name: readonly string[] };
  address: PersonColumns & { line1: string; postalCode: string };
  orderNumber?: PersonColumns & { column: string };
}

/** What the system may find people by; email alone unless the map says otherwise. */
export function searchedBy(system: PostgresSystem): readonly PersonIdentifier[] {
  return system.searched_by ?? ['email'];
}

/**
 * The search by name and postal address the system declares, from the data points of its tables;
 * null when it declares none (email only) or its data points cannot carry one.
 */
export function personSearchOf(system: PostgresSystem): PersonSearch | null {
  if (!searchedBy(system).includes('name_and_postal_address')) return null;
  const person = Object.entries(system.tables).find(
    ([, table]) => table.link?.identity && table.data_points?.name,
  );
  if (!person) return null;
  const [personTable, definition] = person;
  const name = [definition.data_points?.name ?? []].flat();
  const columnsOf = (point: 'postal_address' | 'order_number') =>
    Object.keys(system.tables).flatMap((table) => {
      const points = system.tables[table]?.data_points;
      const personColumn = personColumnOf(system, table, personTable);
      return points?.[point] && personColumn ? [{ table, personColumn, points }] : [];
    })[0];
  const address = columnsOf('postal_address');
  const postal = address?.points.postal_address;
  if (!address || !postal) return null;
  const order = searchedBy(system).includes('order_number') ? columnsOf('order_number') : undefined;
  const orderColumn = order?.points.order_number;
  return {
    person: { table: personTable, primaryKey: definition.primary_key, name },
    address: {
      table: address.table,
      personColumn: address.personColumn,
      line1: postal.line1,
      postalCode: postal.postal_code,
    },
    ...(order && orderColumn
      ? {
          orderNumber: {
            table: order.table,
            personColumn: order.personColumn,
            column: orderColumn,
          },
        }
      : {}),
  };
}

/** The column of `table` holding the person's key: their own primary key, or a direct link. */
function personColumnOf(
  system: PostgresSystem,
  table: string,
  personTable: string,
): string | undefined {
  if (table === personTable) return system.tables[table]?.primary_key;
  const via = resolveLink(system, table)?.via;
  const personKey = system.tables[personTable]?.primary_key;
  return via?.table === personTable && via.references === personKey ? via.column : undefined;
}

/** A database that says it finds people by name and address must hold the data points to. */
export function checkPersonSearch(name: string, system: PostgresSystem): MapIssue[] {
  const declared = searchedBy(system);
  const at = ['systems', name, 'searched_by'];
  const issues: MapIssue[] = [];
  if (!declared.includes('email'))
    issues.push({ path: at, message: 'must include email: people who give one are found by it' });
  if (declared.includes('order_number') && !declared.includes('name_and_postal_address'))
    issues.push({
      path: at,
      message: 'order_number narrows a search by name_and_postal_address; list that too',
    });
  const search = personSearchOf(system);
  if (declared.includes('name_and_postal_address') && !search)
    issues.push({
      path: at,
      message:
        'name_and_postal_address needs data_points.name on a table found by identity and data_points.postal_address on it or a table linked to it',
    });
  if (declared.includes('order_number') && search && !search.orderNumber)
    issues.push({
      path: at,
      message:
        'order_number needs data_points.order_number on the table found by identity or a table linked to it',
    });
  return issues;
}
