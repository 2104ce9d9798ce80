import type { ConsentWithdrawalStep } from './consent-withdrawal-plan';
import { quoteIdentifier as q } from './sql-identifier';
import type { SubjectQuery } from './subject-query.builder';

/**
 * The UPDATE one withdrawal step makes to the person's rows. Each touches only rows not yet
 * withdrawn, so running it again changes nothing and keeps the first withdrawal's time.
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
      // Only consent still in force is withdrawn; a refusal (granted false) stays a refusal.
      const values: unknown[] = [[...keys], at];
      let purposeFilter = '';
      if (step.purposes !== 'all') {
        values.push([...step.purposes]);
        purposeFilter = ` AND ${q(step.purpose)} = ANY($3)`;
      }
      return {
        text: `${target} ${q(step.granted)} = false, ${q(step.withdrawnAt)} = $2 WHERE ${mine} AND ${q(step.granted)} IS TRUE${purposeFilter}`,
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
