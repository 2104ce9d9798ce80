/** How a person names the one record they mean among several they hold in a dataset. */
export type CorrectionRecord =
  { by: 'kind'; value: string } | { by: 'current_value'; field: string; value: string };

/**
 * One correction as a request keeps it: the dataset (system and table), the record the person
 * named (none on a table that holds one row per person, such as the account) and the new values.
 * `rows` are the primary keys an officer (or the policy, for an unnamed record) chose to change;
 * fulfilment writes only those (regs 7023; GDPR Art. 16).
 */
export interface NamedCorrection {
  system: string;
  table: string;
  record: CorrectionRecord | null;
  changes: Record<string, string>;
  rows?: string[];
}

/** The corrections kept in a request's details; entries of an older shape read as unnamed. */
export function correctionsOf(details: Record<string, unknown>): NamedCorrection[] {
  const stored = Array.isArray(details.corrections) ? details.corrections : [];
  return stored.flatMap((entry: Record<string, unknown>): NamedCorrection[] => {
    if (entry && typeof entry.changes === 'object' && entry.changes !== null)
      return [entry as unknown as NamedCorrection];
    // Kept before corrections named their record: the field alone, written where it is held.
    if (entry && typeof entry.field === 'string')
      return [
        {
          system: '',
          table: '',
          record: null,
          changes: { [entry.field]: String(entry.value ?? '') },
        },
      ];
    return [];
  });
}
