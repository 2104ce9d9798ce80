import type { RecordWords } from '@rightsdesk/data-map';
import type { Say } from '@rightsdesk/messages';

/**
 * A record a correction names, in the data map's words for people: the kind the person named
 * ("Billing address"), the dataset with what the record read, or the dataset alone (an account).
 */
export function recordWords(say: Say, record: RecordWords): string {
  if (record.kind) return record.kind;
  if (record.where)
    return say('correction.record_where', {
      dataset: record.dataset,
      field: record.where.field,
      value: record.where.value,
    });
  return record.dataset;
}

/**
 * "Billing address: Address line 1 changed to 59 Riverside." Field names are the map's labels,
 * already in the person's language.
 */
export function correctionLine(
  say: Say,
  record: RecordWords,
  changes: ReadonlyArray<{ field: string; value: string }>,
): string {
  return say('correction.line', {
    record: recordWords(say, record),
    changes: changes
      .map(({ field, value }) => say('correction.change', { field, value }))
      .join('; '),
  });
}

/** A correction that matched no record, or several, as the person is told it. */
export interface UnmatchedCorrection {
  /** The record the person named, in their language (the data map's words). */
  record: RecordWords;
  found: 'none' | 'several';
}

export function unmatchedWords(say: Say, unmatched: readonly UnmatchedCorrection[]): string {
  return unmatched
    .map((entry) =>
      say(entry.found === 'none' ? 'correction.unmatched.none' : 'correction.unmatched.several', {
        record: recordWords(say, entry.record),
      }),
    )
    .join(' ');
}
