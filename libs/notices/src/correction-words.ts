import type { CorrectionRecord } from '@rightsdesk/domain';
import type { Say } from '@rightsdesk/messages';

/** A record a correction names, in the person's words: "Your billing address". */
export function recordWords(say: Say, table: string, record: CorrectionRecord | null): string {
  if (record?.by === 'current_value')
    return say('correction.record_by_value', { table, value: record.value });
  return say('correction.record', { table, kind: record?.value ?? 'none' });
}

/** A field in the person's words: "address line 1", never the column name. */
export function fieldWords(say: Say, field: string): string {
  return say('correction.field', { field, plain: field.replace(/_/g, ' ') });
}

/** "Your billing address: address line 1 changed to 59 Riverside." */
export function correctionLine(
  say: Say,
  table: string,
  record: CorrectionRecord | null,
  changes: ReadonlyArray<{ field: string; value: string }>,
): string {
  return say('correction.line', {
    record: recordWords(say, table, record),
    changes: changes
      .map(({ field, value }) => say('correction.change', { field: fieldWords(say, field), value }))
      .join('; '),
  });
}

/** A correction that matched no record, or several, as the person is told it. */
export interface UnmatchedCorrection {
  table: string;
  record: CorrectionRecord | null;
  found: 'none' | 'several';
}

export function unmatchedWords(say: Say, unmatched: readonly UnmatchedCorrection[]): string {
  return unmatched
    .map((entry) =>
      say(entry.found === 'none' ? 'correction.unmatched.none' : 'correction.unmatched.several', {
        record: recordWords(say, entry.table, entry.record),
      }),
    )
    .join(' ');
}
