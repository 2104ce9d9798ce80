import type { ConsentWithdrawalStep } from './consent-withdrawal-plan';
import { quoteIdentifier as q } from './sql-identifier';
import type { SubjectQuery } from './subject-query.builder';

/**
 * The UPDATE one withdrawal step makes to the person's rows. Each touches only rows not yet
 * withdrawn, so running it again changes nothing and keeps the first withdrawal's time: a consent
 * withdrawn before (a `withdrawn_at` already set) is never rewritten.
 */
export function buildConsentWithdrawal(
  step: ConsentWithdrawalStep,
  keys: readonly string[],
  at: Date,
): SubjectQuery {
  const target = `UPDATE ${q(step.table)} SET`;
  const mine = `${q(step.primaryKey)} = ANY($1)`;
  switch (step.change) {
    case 'consent': {
      // Only consent still in force is withdrawn; a refusal (granted false) stays a refusal, and
      // a consent already withdrawn keeps its first withdrawal time.
      const values: unknown[] = [[...keys], at];
      let purposeFilter = '';
      if (step.purposes !== 'all') {
        values.push([...step.purposes]);
        purposeFilter = ` AND ${q(step.purpose)} = ANY($3)`;
      }
      return {
        text: `${target} ${q(step.granted)} = false, ${q(step.withdrawnAt)} = $2 WHERE ${mine} AND ${q(step.granted)} IS TRUE AND ${q(step.withdrawnAt)} IS NULL${purposeFilter}`,
        values,
      };
    }
    case 'marketing':
      // Anything not yet unsubscribed ends, whatever its status: pending sign-ups too.
      return {
        text: `${target} ${q(step.status)} = $2, ${q(step.endedAt)} = $3 WHERE ${mine} AND ${q(step.status)} IS DISTINCT FROM $2`,
        values: [[...keys], step.unsubscribedValue, at],
      };
    case 'preference_flags': {
      const flags = step.columns.map(q);
      return {
        text: `${target} ${flags.map((flag) => `${flag} = false`).join(', ')}, ${q(step.updatedAt)} = $2 WHERE ${mine} AND (${flags.map((flag) => `${flag} IS NOT FALSE`).join(' OR ')})`,
        values: [[...keys], at],
      };
    }
  }
}

/** What a withdrawal notes in the consent history: the consent withdrawn now, or found withdrawn. */
export const CONSENT_HISTORY_EVENTS = ['withdrawn', 'already_withdrawn'] as const;

/**
 * The INSERT that appends one history row per consent the withdrawal concerns (in force, or
 * withdrawn before), run before the UPDATE so it sees which was which. A row already noted for
 * the same source (a retry of the same request) is not noted twice.
 */
export function buildConsentHistory(
  step: Extract<ConsentWithdrawalStep, { change: 'consent' }>,
  keys: readonly string[],
  at: Date,
  source: string,
): SubjectQuery | undefined {
  const history = step.history;
  if (!history) return undefined;
  const c = (column: string) => `c.${q(column)}`;
  const values: unknown[] = [[...keys], at, source];
  let purposeFilter = '';
  if (step.purposes !== 'all') {
    values.push([...step.purposes]);
    purposeFilter = ` AND ${c(step.purpose)} = ANY($4)`;
  }
  const [withdrawn, already] = CONSENT_HISTORY_EVENTS;
  return {
    text:
      `INSERT INTO ${q(history.table)} (${q(history.consent)}, ${q(history.event)}, ${q(history.at)}, ${q(history.source)}) ` +
      `SELECT ${c(step.primaryKey)}, CASE WHEN ${c(step.withdrawnAt)} IS NULL THEN '${withdrawn}' ELSE '${already}' END, $2, $3 ` +
      `FROM ${q(step.table)} c WHERE ${c(step.primaryKey)} = ANY($1) ` +
      `AND (${c(step.granted)} IS TRUE OR ${c(step.withdrawnAt)} IS NOT NULL)${purposeFilter} ` +
      `AND NOT EXISTS (SELECT 1 FROM ${q(history.table)} h WHERE h.${q(history.consent)} = ${c(step.primaryKey)} AND h.${q(history.source)} = $3)`,
    values,
  };
}
