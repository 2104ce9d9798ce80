import type { MappedSystem } from '@rightsdesk/data-map';
import type { Pool } from 'pg';
import {
  planConsentWithdrawal,
  type ConsentWithdrawalStep,
  type WithdrawnPurposes,
} from './consent-withdrawal-plan';
import { buildConsentHistory, buildConsentWithdrawal } from './consent-withdrawal.builder';
import { inTransaction } from './in-transaction';
import { subjectKeys } from './subject-keys';

export interface TableConsentReceipt {
  table: string;
  change: ConsentWithdrawalStep['change'] | 'consent_history';
  /** Rows changed, or for the history, rows appended. */
  rowsChanged: number;
}

export interface ConsentReceipt {
  system: string;
  tables: TableConsentReceipt[];
}

/**
 * Withdraws the person's consent in one transaction: consents in force are withdrawn, mailing-list
 * subscriptions end (found by email too, for people without an account) and preference flags are
 * cleared, all as of `at`. Processing before `at` stays lawful (GDPR Arts 7(3), 21(3)). Where the
 * map keeps a consent history, each consent concerned gains an entry naming `source` (the
 * request), also one withdrawn before, whose own withdrawal time stays as it was.
 */
export async function withdrawSubjectConsent(
  system: MappedSystem,
  pool: Pool,
  roots: Readonly<Record<string, readonly string[]>>,
  purposes: WithdrawnPurposes,
  at: Date,
  source: string,
): Promise<ConsentReceipt> {
  if (Number.isNaN(at.getTime())) throw new Error('a consent withdrawal needs a valid time');
  const steps = planConsentWithdrawal(system, purposes);
  return inTransaction(pool, async (client) => {
    const keys = await subjectKeys(system, client, roots, [
      ...new Set(steps.map((step) => step.table)),
    ]);
    const tables: TableConsentReceipt[] = [];
    for (const step of steps) {
      const tableKeys = keys[step.table] ?? [];
      if (step.change === 'consent' && step.history) {
        const history = buildConsentHistory(step, tableKeys, at, source);
        const appended =
          history && tableKeys.length > 0
            ? ((await client.query(history.text, history.values)).rowCount ?? 0)
            : 0;
        tables.push({
          table: step.history.table,
          change: 'consent_history',
          rowsChanged: appended,
        });
      }
      let rowsChanged = 0;
      if (tableKeys.length > 0) {
        const query = buildConsentWithdrawal(step, tableKeys, at);
        rowsChanged = (await client.query(query.text, query.values)).rowCount ?? 0;
      }
      tables.push({ table: step.table, change: step.change, rowsChanged });
    }
    return { system: system.name, tables };
  });
}
