import { Injectable } from '@nestjs/common';
import { shownColumns, type CorrectionRow } from '@rightsdesk/connectors';
import type { PeopleLanguage, RecordWords } from '@rightsdesk/data-map';
import { correctionsOf, type NamedCorrection } from '@rightsdesk/domain';
import { DataMapInForce } from '@rightsdesk/live-config';

/** The staff console speaks English (apps/api console-words); people read their own language. */
const CONSOLE_LANGUAGE: PeopleLanguage = 'en';

/** A correction as asked, in the data map's words for people: the record and each new value. */
export interface AskedCorrection {
  record: RecordWords;
  changes: Array<{ field: string; value: string }>;
}

/** One correction as the officer reviews it: the rows it names, each with current and new values. */
export interface CorrectionPreview {
  index: number;
  system: string;
  table: string;
  record: NamedCorrection['record'];
  changes: Record<string, string>;
  /** Columns shown for each row: the record's name and the fields corrected together. */
  columns: string[];
  rows: CorrectionRow[];
  /** The rows ticked when the page opens: the one named record, or every row of a plain field. */
  suggested: string[];
  /** Why the rows could not be read (a source that did not answer), else null. */
  error: string | null;
  /**
   * The same in the data map's words for people, as the officer reads it: the record, each
   * column's label, and each row's current values (codes explained), by position in `rows`.
   */
  words: {
    record: RecordWords;
    fields: Record<string, string>;
    rows: Array<Record<string, string>>;
  };
}

/** Which rows each correction changes, once chosen; `unmatched` when nobody could choose. */
export type RowChoice =
  | { ok: true; rows: string[][] }
  | { ok: false; unmatched: Array<{ index: number; found: 'none' | 'several' }> };

/**
 * Reads, through the connector, the person's rows each correction would change, before anything
 * is written: the officer sees them and narrows them (regs 7023; GDPR Art. 16).
 */
@Injectable()
export class CorrectionPreviews {
  constructor(private readonly maps: DataMapInForce) {}

  async of(details: Record<string, unknown>, email: string): Promise<CorrectionPreview[]> {
    const corrections = correctionsOf(details);
    if (corrections.length === 0) return [];
    const current = this.maps.current();
    const sources = await this.maps.sources(current.version);
    const { words } = current;
    const language = CONSOLE_LANGUAGE;
    return Promise.all(
      corrections.map(async (correction, index): Promise<CorrectionPreview> => {
        const { system, table } = correction;
        const wordsFor = (columns: readonly string[], rows: readonly CorrectionRow[]) => ({
          record: words.record(system, table, correction.record, language),
          fields: Object.fromEntries(
            [...new Set([...columns, ...Object.keys(correction.changes)])].map((column) => [
              column,
              words.field(system, table, column, language),
            ]),
          ),
          rows: rows.map((row) =>
            Object.fromEntries(
              Object.entries(row.current).map(([column, value]) => [
                column,
                value === null || value === ''
                  ? ''
                  : words.value(system, table, column, value, language),
              ]),
            ),
          ),
        });
        const base = {
          index,
          system: correction.system,
          table: correction.table,
          record: correction.record,
          changes: correction.changes,
        };
        try {
          const connector = sources.connector(correction.system);
          const entry = {
            table: correction.table,
            record: correction.record,
            changes: correction.changes,
          };
          const location = await sources.locate(correction.system, { email });
          const rows = await connector.correctionRows(location, entry);
          const columns = shownColumns(connector.system, entry);
          return {
            ...base,
            columns,
            rows,
            suggested: suggestedRows(correction, rows),
            error: null,
            words: wordsFor(columns, rows),
          };
        } catch {
          const columns = Object.keys(correction.changes);
          return {
            ...base,
            columns,
            rows: [],
            suggested: [],
            error: 'The data source did not answer; try again later.',
            words: wordsFor(columns, []),
          };
        }
      }),
    );
  }

  /**
   * What the person asked to correct, in the data map's words: in the console's language for
   * the officer, or in the person's for a notice.
   */
  asked(details: Record<string, unknown>, language = CONSOLE_LANGUAGE): AskedCorrection[] {
    const { words } = this.maps.current();
    return correctionsOf(details).map(({ system, table, record, changes }) => ({
      record: words.record(system, table, record, language),
      changes: Object.entries(changes).map(([field, value]) => ({
        field: words.field(system, table, field, language),
        value,
      })),
    }));
  }

  /** The record a correction names, in the given language (the person's, for a notice). */
  recordWords(preview: CorrectionPreview, language: PeopleLanguage): RecordWords {
    return this.maps
      .current()
      .words.record(preview.system, preview.table, preview.record, language);
  }
}

function suggestedRows(correction: NamedCorrection, rows: readonly CorrectionRow[]): string[] {
  if (correction.record && rows.length !== 1) return [];
  return rows.map((row) => row.key);
}

/**
 * The rows each correction will change: those the officer ticked among the rows found (when the
 * form was sent), else the suggestion. A correction left with no row is unmatched: the person is
 * asked which record they mean rather than anything being guessed.
 */
export function chooseRows(
  previews: readonly CorrectionPreview[],
  ticked: ReadonlyArray<readonly string[]> | undefined,
): RowChoice {
  const rows = previews.map((preview) => {
    const found = preview.rows.map((row) => row.key);
    return ticked
      ? (ticked[preview.index] ?? []).filter((key) => found.includes(key))
      : preview.suggested;
  });
  const unmatched = previews.flatMap((preview) =>
    (rows[preview.index] ?? []).length === 0
      ? [
          {
            index: preview.index,
            found: preview.rows.length === 0 ? ('none' as const) : ('several' as const),
          },
        ]
      : [],
  );
  return unmatched.length > 0 ? { ok: false, unmatched } : { ok: true, rows };
}
