import { Injectable } from '@nestjs/common';
import { shownColumns, type CorrectionRow } from '@rightsdesk/connectors';
import { correctionsOf, type NamedCorrection } from '@rightsdesk/domain';
import { DataMapInForce } from '@rightsdesk/live-config';

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
    return Promise.all(
      corrections.map(async (correction, index): Promise<CorrectionPreview> => {
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
          return {
            ...base,
            columns: shownColumns(connector.system, entry),
            rows,
            suggested: suggestedRows(correction, rows),
            error: null,
          };
        } catch {
          return {
            ...base,
            columns: Object.keys(correction.changes),
            rows: [],
            suggested: [],
            error: 'The data source did not answer; try again later.',
          };
        }
      }),
    );
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
