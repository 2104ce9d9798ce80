import type { Regime } from '../request-kinds';
import { COMPANY_POLICY, EU_GDPR, UK_GDPR } from './european-laws';
import type { PrivacyLaw } from './privacy-law';
import { EARLY_STATE_LAWS } from './us-state-laws-early';
import { LATE_STATE_LAWS } from './us-state-laws-late';

/** Every law Rightsdesk runs, in the order the docs list them. */
export const PRIVACY_LAW_LIST: readonly PrivacyLaw[] = [
  EU_GDPR,
  UK_GDPR,
  ...EARLY_STATE_LAWS,
  ...LATE_STATE_LAWS,
  COMPANY_POLICY,
];

/** The law table by id; the type refuses a regime without its law. */
export const PRIVACY_LAWS: Readonly<Record<Regime, PrivacyLaw>> = Object.fromEntries(
  PRIVACY_LAW_LIST.map((law) => [law.id, law]),
) as Record<Regime, PrivacyLaw>;

export function privacyLaw(id: Regime): PrivacyLaw {
  const law = PRIVACY_LAWS[id];
  if (!law) throw new RangeError(`no privacy law "${id}"`);
  return law;
}
