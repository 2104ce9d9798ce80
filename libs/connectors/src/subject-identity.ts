/**
 * Who a request is about, as the requester stated it. `email` finds rows; the rest are data
 * points that corroborate identity during verification (regs 7062). For a person who gave no
 * email (empty), name and postal address together find rows where the map's system is searched
 * by them, and an order number tells two such people apart; alone they never widen a match.
 */
export interface SubjectIdentity {
  /** Empty for a person who wrote or called without one. */
  email: string;
  name?: string;
  phone?: string;
  postalAddress?: { line1: string; postalCode: string };
  /** The number of one of their orders, from a receipt or confirmation email. */
  orderNumber?: string;
}

/** How a stated data point compares with what the system holds for the located person. */
export type DataPointMatch = 'matched' | 'not_matched' | 'not_provided' | 'not_held';

export interface DataPointMatches {
  name: DataPointMatch;
  phone: DataPointMatch;
  postalAddress: DataPointMatch;
  orderNumber: DataPointMatch;
}

/**
 * Where a person's data is in one system: the primary keys of the rows their identity found
 * (per identity-linked table), from which every other table is reached. Keys only, no personal
 * data, so it may be stored with a request step.
 */
export interface SubjectLocation {
  system: string;
  found: boolean;
  roots: Readonly<Record<string, readonly string[]>>;
  dataPoints: DataPointMatches;
  /**
   * Set when several people match the name and postal address of a person without an email:
   * their keys, none of which is in `roots` (see AmbiguousPersonError).
   */
  ambiguous?: { table: string; keys: readonly string[] };
}
