import type { PersonSearch } from '@rightsdesk/data-map';
import { nameMatches, orderNumberMatches, postalAddressMatches } from './data-point-match';
import { quoteIdentifier as q } from './sql-identifier';
import type { SubjectIdentity } from './subject-identity';
import type { Queryable } from './subject-keys';

type StatedPerson = Required<Pick<SubjectIdentity, 'name' | 'postalAddress'>> &
  Pick<SubjectIdentity, 'orderNumber'>;

/**
 * The keys of the people whose name and one of whose addresses match what a person without an
 * email stated, narrowed by the order number they quote when it matches one of them. Addresses
 * are read by their postal code, compared without spaces, dashes or case ("ba1 1hn" = "BA1 1HN");
 * the street line and name are then compared as verification compares them (data-point-match).
 */
export async function findByNameAndAddress(
  search: PersonSearch,
  db: Queryable,
  stated: StatedPerson,
): Promise<string[]> {
  const postalCode = stated.postalAddress.postalCode.toUpperCase().replace(/[^\p{L}\p{N}]/gu, '');
  if (postalCode === '' || stated.name.trim() === '') return [];
  const { person, address } = search;
  const names = person.name.map((column, index) => `p.${q(column)} AS "n${index}"`).join(', ');
  const result = await db.query<Record<string, string | null>>(
    `SELECT p.${q(person.primaryKey)}::text AS "key", ${names},
            a.${q(address.line1)} AS "line1", a.${q(address.postalCode)} AS "postal_code"
       FROM ${q(address.table)} a JOIN ${q(person.table)} p
         ON p.${q(person.primaryKey)} = a.${q(address.personColumn)}
      WHERE upper(regexp_replace(a.${q(address.postalCode)}, '[^[:alnum:]]', '', 'g')) = $1`,
    [postalCode],
  );
  const keys = new Set(
    result.rows
      .filter(
        (row) =>
          nameMatches(
            stated.name,
            person.name.map((_, index) => row[`n${index}`] ?? null),
          ) &&
          postalAddressMatches(stated.postalAddress, {
            line1: row.line1 ?? null,
            postalCode: row.postal_code ?? null,
          }),
      )
      .map((row) => row.key ?? ''),
  );
  return narrowByOrderNumber(search, db, [...keys], stated.orderNumber);
}

/** Of several people, the one who placed the quoted order; all of them when it names none. */
async function narrowByOrderNumber(
  search: PersonSearch,
  db: Queryable,
  keys: string[],
  orderNumber: string | undefined,
): Promise<string[]> {
  const order = search.orderNumber;
  if (keys.length < 2 || !order || !orderNumber?.trim()) return keys;
  const result = await db.query<{ key: string; number: string | null }>(
    `SELECT ${q(order.personColumn)}::text AS "key", ${q(order.column)}::text AS "number"
       FROM ${q(order.table)} WHERE ${q(order.personColumn)} = ANY($1)`,
    [keys],
  );
  const placed = new Set(
    result.rows
      .filter((row) => row.number !== null && orderNumberMatches(orderNumber, row.number))
      .map((row) => row.key),
  );
  return placed.size > 0 ? keys.filter((key) => placed.has(key)) : keys;
}
