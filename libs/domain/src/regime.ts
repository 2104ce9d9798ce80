import { calendarDateIn } from './calendar-date';
import { Residence, lawFor } from './laws/law-for';
import { Regime } from './request-kinds';

export type { Residence } from './laws/law-for';

/**
 * The regime for where the person says they live, on the law table as it stands today (or on
 * `receivedAt`): the law covering that place if in force, else the company's policy; `fallback`
 * only when the residence is unknown. Intake calls lawFor with the receipt date and settings.
 */
export function regimeFor(
  residence: Residence | undefined,
  fallback: Regime,
  receivedAt: Date = new Date(),
): Regime {
  return lawFor(residence, calendarDateIn(receivedAt, 'UTC'), { whenResidenceUnknown: fallback })
    .id;
}
