/** Identity as the person gave it; email finds rows, the rest only corroborates. */
export interface SubjectIdentityInput {
  email: string;
  name?: string;
  phone?: string;
  postalAddress?: { line1: string; postalCode: string };
}

/** A connector's view of one system, as fulfilment uses it. */
export interface SubjectSource<Location = unknown> {
  readonly system: string;
  /** Tables linked to people, parents before children. */
  readonly tables: readonly string[];
  locate(identity: SubjectIdentityInput): Promise<Location>;
  streamTable(location: Location, table: string): AsyncIterable<Record<string, unknown>>;
}
