import { EntityManager } from 'typeorm';
import { correctionsOf, type CorrectionRecord } from '@rightsdesk/domain';
import type { PeopleFreeText, RecordWords } from '@rightsdesk/data-map';
import { DataSubjectRequest, FulfilmentStep } from '@rightsdesk/persistence';

/** What was done to one dataset, as a completion notice reports it (regs 7022(e); Art. 12(3)). */
export interface CompletionOutcome {
  /** The dataset's name for people (the data map's label, in the person's language). */
  label: string;
  kind: 'deleted' | 'deidentified' | 'retained' | 'corrected' | 'withdrawn' | 'told' | 'handled';
  rows: number;
  /** Why rows were kept: the legal exception, in the map's words. */
  reason?: string;
  /** How long they are kept (ISO 8601 duration, e.g. P7Y). */
  period?: string;
  /** For a correction: the field that now holds the new value (kept before records were named). */
  field?: string;
  /**
   * For a correction: the record the person named and each field's new value, named in the data
   * map's words for people in their language.
   */
  correction?: {
    record: RecordWords;
    changes: Array<{ field: string; value: string }>;
  };
  /** For `told`: the processor or third party told to act, by the map's name (GDPR Art. 19). */
  recipient?: string;
}

/** The receipt of a step on a webhook or manual system (libs/fulfilment waiting-step.ts). */
interface ToldReceipt {
  told?: {
    recipient: { name: string; names?: PeopleFreeText } | null;
    label: string;
    outcome: string;
  };
  task?: { label: string; outcome: string };
}

/** Names for people of a request's datasets and fields, in the person's language. */
export interface OutcomeWords {
  /** A table's name; for a webhook or manual system (no tables), the system's name. */
  dataset(system: string, table: string): string;
  field(system: string, table: string, column: string): string;
  /** The record a correction names: its kind's words, or what it read. */
  record(system: string, table: string, record: CorrectionRecord | null): RecordWords;
  /** A free text of the map (why rows are kept) in the person's language, else English. */
  text(words: PeopleFreeText): string;
}

interface ErasureTable {
  table: string;
  action: 'delete' | 'deidentify' | 'retain';
  rowsDeleted: number;
  rowsDeidentified: number;
  rowsRetained: number;
  reason?: string;
  /** The reason in each language the map gives it (receipts from before hold `reason` only). */
  reasonWords?: PeopleFreeText;
  retentionPeriod?: string;
}

/**
 * The outcomes of a request's finished steps, table by table, from the receipts the worker kept
 * (counts and the map's reasons, never the data). Names come from the data map's labels, in
 * the person's language; a webhook or manual system is named by its own label, never by the
 * description staff read.
 */
export async function completionOutcomes(
  manager: EntityManager,
  requestId: string,
  words: OutcomeWords,
): Promise<CompletionOutcome[]> {
  const steps = await manager
    .getRepository(FulfilmentStep)
    .find({ where: { requestId, status: 'done' }, order: { createdAt: 'ASC' } });
  // The new values are the person's own words on the request; receipts never hold them.
  const request = steps.some((step) => step.action === 'correct')
    ? await manager.getRepository(DataSubjectRequest).findOneBy({ id: requestId })
    : null;
  const asked = correctionsOf(request?.details ?? {});
  return steps.flatMap((step) => {
    const written = (step.result?.receipt as { corrections?: CorrectionReceipt[] } | undefined)
      ?.corrections;
    if (step.action === 'correct' && written)
      return correctedOutcomes(step.source, written, asked, words);
    const receipt = (step.result?.receipt ?? {}) as { tables?: unknown[]; fields?: unknown[] };
    const tables = (receipt.tables ?? receipt.fields ?? []) as Array<Record<string, unknown>>;
    const label = (table: unknown) => words.dataset(step.source, String(table));
    const { told, task } = (step.result ?? {}) as ToldReceipt;
    if (told?.recipient) {
      return [
        {
          label: label(step.source),
          kind: 'told' as const,
          rows: 0,
          recipient: told.recipient.names ? words.text(told.recipient.names) : told.recipient.name,
        },
      ];
    }
    if (told || task) return [{ label: label(step.source), kind: 'handled' as const, rows: 0 }];
    switch (step.action) {
      case 'erase':
        return (tables as unknown as ErasureTable[]).flatMap((table): CompletionOutcome[] => {
          if (table.action === 'delete' && table.rowsDeleted > 0)
            return [{ label: label(table.table), kind: 'deleted', rows: table.rowsDeleted }];
          if (table.action === 'deidentify' && table.rowsDeidentified > 0)
            return [
              { label: label(table.table), kind: 'deidentified', rows: table.rowsDeidentified },
            ];
          if (table.action === 'retain' && table.rowsRetained > 0)
            return [
              {
                label: label(table.table),
                kind: 'retained',
                rows: table.rowsRetained,
                reason: table.reasonWords ? words.text(table.reasonWords) : table.reason,
                period: table.retentionPeriod,
              },
            ];
          return [];
        });
      case 'correct':
        return tables.flatMap((entry) =>
          Number(entry.rowsChanged ?? 0) > 0
            ? [
                {
                  label: label(entry.table),
                  kind: 'corrected' as const,
                  rows: Number(entry.rowsChanged),
                  field: words.field(step.source, String(entry.table), String(entry.field)),
                },
              ]
            : [],
        );
      case 'withdraw_consent':
        return tables.flatMap((entry) =>
          Number(entry.rowsChanged ?? 0) > 0
            ? [
                {
                  label: label(entry.table),
                  kind: 'withdrawn' as const,
                  rows: Number(entry.rowsChanged),
                },
              ]
            : [],
        );
      default:
        return [];
    }
  });
}

interface CorrectionReceipt {
  table: string;
  fields: string[];
  rowsChosen: number;
  rowsChanged: number;
  verified: boolean;
}

/** Each correction written and read back, with the record and new values the person gave. */
function correctedOutcomes(
  source: string,
  written: readonly CorrectionReceipt[],
  asked: ReturnType<typeof correctionsOf>,
  words: OutcomeWords,
): CompletionOutcome[] {
  const unused = [...asked];
  return written.flatMap((receipt): CompletionOutcome[] => {
    const index = unused.findIndex(
      (entry) =>
        (entry.table === receipt.table || entry.table === '') &&
        receipt.fields.every((field) => field in entry.changes),
    );
    const correction = index >= 0 ? unused.splice(index, 1)[0] : undefined;
    if (!correction || receipt.rowsChosen === 0 || !receipt.verified) return [];
    return [
      {
        label: words.dataset(source, receipt.table),
        kind: 'corrected',
        rows: receipt.rowsChosen,
        correction: {
          record: words.record(source, receipt.table, correction.record),
          changes: receipt.fields.map((field) => ({
            field: words.field(source, receipt.table, field),
            value: correction.changes[field] ?? '',
          })),
        },
      },
    ];
  });
}
