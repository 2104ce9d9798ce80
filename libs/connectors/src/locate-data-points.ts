import type { MappedSystem } from '@rightsdesk/data-map';
import type { Pool } from 'pg';
import {
  matchOutcome,
  nameMatches,
  orderNumberMatches,
  phoneMatches,
  postalAddressMatches,
} from './data-point-match';
import type { DataPointMatches, SubjectIdentity } from './subject-identity';
import { buildSubjectQuery } from './subject-query.builder';

type Row = Record<string, string | null>;
type HeldAddress = { line1: string | null; postalCode: string | null };

/**
 * Reads the data-point columns of the rows already found for the person and compares them with
 * what the requester stated. Data points only corroborate; they never find rows (regs 7062).
 */
export async function locateDataPoints(
  system: MappedSystem,
  pool: Pool,
  roots: Readonly<Record<string, readonly string[]>>,
  identity: SubjectIdentity,
): Promise<DataPointMatches> {
  const stated =
    identity.name !== undefined ||
    identity.phone !== undefined ||
    identity.postalAddress !== undefined ||
    identity.orderNumber !== undefined;
  if (!stated)
    return {
      name: 'not_provided',
      phone: 'not_provided',
      postalAddress: 'not_provided',
      orderNumber: 'not_provided',
    };
  const names: (string | null)[][] = [];
  const phones: string[] = [];
  const addresses: HeldAddress[] = [];
  const orderNumbers: string[] = [];

  for (const [table, definition] of Object.entries(system.tables)) {
    const points = definition.data_points;
    if (!points || !definition.link) continue;
    const columns = [
      ...(points.name ?? []),
      ...(points.phone ? [points.phone] : []),
      ...(points.postal_address
        ? [points.postal_address.line1, points.postal_address.postal_code]
        : []),
      ...(points.order_number ? [points.order_number] : []),
    ];
    const query = buildSubjectQuery(system, table, roots, { columns: [...new Set(columns)] });
    if (!query) continue;
    const result = await pool.query<Row>(query.text, query.values);
    for (const row of result.rows) {
      if (points.name) names.push(points.name.map((column) => text(row[column])));
      const phone = points.phone ? text(row[points.phone]) : null;
      if (phone !== null) phones.push(phone);
      const orderNumber = points.order_number ? text(row[points.order_number]) : null;
      if (orderNumber !== null) orderNumbers.push(orderNumber);
      if (points.postal_address) {
        addresses.push({
          line1: text(row[points.postal_address.line1]),
          postalCode: text(row[points.postal_address.postal_code]),
        });
      }
    }
  }

  const heldNames = names.filter((parts) => parts.some((part) => part !== null));
  return {
    name: matchOutcome(identity.name, heldNames, (parts) =>
      nameMatches(identity.name ?? '', parts),
    ),
    phone: matchOutcome(identity.phone, phones, (held) => phoneMatches(identity.phone ?? '', held)),
    postalAddress: matchOutcome(identity.postalAddress, addresses, (held) =>
      identity.postalAddress ? postalAddressMatches(identity.postalAddress, held) : false,
    ),
    orderNumber: matchOutcome(identity.orderNumber, orderNumbers, (held) =>
      orderNumberMatches(identity.orderNumber ?? '', held),
    ),
  };
}

function text(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}
