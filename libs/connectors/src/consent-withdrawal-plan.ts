import { linkedTables, type PostgresSystem } from '@rightsdesk/data-map';

/** The purposes a withdrawal covers: every one, or those named (the consent marker's values). */
export type WithdrawnPurposes = 'all' | readonly string[];

interface StepBase {
  table: string;
  primaryKey: string;
}

/** One change a withdrawal makes to one table. */
export type ConsentWithdrawalStep =
  | (StepBase & {
      change: 'consent';
      purpose: string;
      granted: string;
      withdrawnAt: string;
      purposes: WithdrawnPurposes;
      /** The append-only record this table's consents are noted in, when the map has one. */
      history?: ConsentHistory;
    })
  | (StepBase & { change: 'marketing'; status: string; unsubscribedValue: string; endedAt: string })
  | (StepBase & { change: 'preference_flags'; columns: string[]; updatedAt: string });

/** Where a consent table's events are appended: a table linked to it by `column`. */
export interface ConsentHistory {
  table: string;
  /** The column holding the consent row's key. */
  consent: string;
  event: string;
  at: string;
  source: string;
}

// Direct marketing purposes ("marketing_email", "marketing_sms") also end mailing-list
// subscriptions: objecting to direct marketing stops all of it (GDPR Art. 21(3)).
const DIRECT_MARKETING = /^marketing(_|$)/;

/**
 * What withdrawing consent changes, per table marker (GDPR Art. 7(3): as easy as giving it, and
 * effective at once). `all` covers every consent row, subscription and preference flag. Named
 * purposes narrow it: consent rows of those purposes; subscriptions when one is a direct
 * marketing purpose; the flag named like a purpose or its prefix ("marketing_email" clears the
 * "marketing" flag).
 */
export function planConsentWithdrawal(
  system: PostgresSystem,
  purposes: WithdrawnPurposes,
): ConsentWithdrawalStep[] {
  if (purposes !== 'all' && purposes.length === 0)
    throw new Error('a consent withdrawal names no purpose; use "all" for every purpose');
  const named = (column: string): boolean =>
    purposes === 'all' ||
    purposes.some((purpose) => purpose === column || purpose.startsWith(`${column}_`));
  const steps: ConsentWithdrawalStep[] = [];
  for (const table of linkedTables(system)) {
    const definition = system.tables[table];
    if (!definition) continue;
    const base = { table, primaryKey: definition.primary_key };
    const { consent, marketing, preference_flags: flags } = definition;
    if (consent)
      steps.push({
        ...base,
        change: 'consent',
        purpose: consent.purpose,
        granted: consent.granted,
        withdrawnAt: consent.withdrawn_at,
        purposes,
        ...(historyOf(system, table) && { history: historyOf(system, table) }),
      });
    if (
      marketing &&
      (purposes === 'all' || purposes.some((purpose) => DIRECT_MARKETING.test(purpose)))
    )
      steps.push({
        ...base,
        change: 'marketing',
        status: marketing.status,
        unsubscribedValue: marketing.unsubscribed_value,
        endedAt: marketing.ended_at,
      });
    const columns = flags?.columns.filter(named) ?? [];
    if (flags && columns.length > 0)
      steps.push({ ...base, change: 'preference_flags', columns, updatedAt: flags.updated_at });
  }
  return steps;
}

/** The consent history table linked to `table`, if the map declares one. */
function historyOf(system: PostgresSystem, table: string): ConsentHistory | undefined {
  for (const [name, definition] of Object.entries(system.tables)) {
    const marker = definition.consent_history;
    if (!marker || definition.link?.via !== table || !definition.link.column) continue;
    return { table: name, consent: definition.link.column, ...marker };
  }
  return undefined;
}
