import { ClockRule, days } from '../clock-rule';
import type { Regime, SubmittableType } from '../request-kinds';
import { REASONABLE_APPEAL_DAYS } from './privacy-law';
import type { Authority, OtherRight, PrivacyLaw, Source, Words } from './privacy-law';

/** Most state laws: 45 days to answer, once 45 more with notice and reasons within the first. */
export function fortyFivePlusFortyFive(citation: string): ClockRule {
  return { period: days(45), citation, extension: { period: days(45), citation } };
}

/** An appeal decided within `amount` days of receiving it, with no extension. */
export function appealWithin(amount: number, citation: string): ClockRule {
  return { period: days(amount), citation };
}

export const ALL_FOUR: readonly SubmittableType[] = [
  'access',
  'correct',
  'delete',
  'withdraw_consent',
];
export const NO_CORRECTION: readonly SubmittableType[] = ['access', 'delete', 'withdraw_consent'];
/** Access, correction, deletion, portability and the three opt-outs: the Virginia model. */
export const VIRGINIA_MODEL_RIGHTS: readonly OtherRight[] = [
  'portability',
  'opt_out_sale',
  'opt_out_targeted_advertising',
  'opt_out_profiling',
];

interface StateLawSpec {
  readonly id: Regime;
  /** ISO 3166-2 code of the state without "US-". */
  readonly state: string;
  readonly stateName: Words;
  /** The acronym people and lawyers use, e.g. "MODPA". */
  readonly acronym: string;
  readonly name: Words;
  readonly inForceFrom: string;
  readonly rights?: readonly SubmittableType[];
  readonly rightsFrom?: Readonly<Partial<Record<SubmittableType, string>>>;
  readonly otherRights?: readonly OtherRight[];
  readonly rightsNotes?: Words;
  readonly respond: ClockRule;
  readonly acknowledge?: ClockRule;
  readonly appeal?: ClockRule;
  /**
   * The subsection that lets the person appeal "within a reasonable period of time after the
   * consumer's receipt of the decision", where it is not the one that sets the company's clock.
   */
  readonly appealWindowCitation?: string;
  readonly authorities: readonly Authority[];
  readonly citation: string;
  readonly threshold: string;
  readonly sources: readonly Source[];
  readonly unverified?: string;
}

/** A US state's comprehensive privacy law, with the defaults most of them share. */
export function stateLaw(spec: StateLawSpec): PrivacyLaw {
  const { state, stateName, acronym, appealWindowCitation, ...rest } = spec;
  return {
    ...rest,
    family: 'us_state',
    label: { en: `${stateName.en} ${acronym}`, es: `${acronym} de ${stateName.es}` },
    jurisdiction: { kind: 'us_state', state, name: stateName },
    rights: spec.rights ?? ALL_FOUR,
    otherRights: spec.otherRights ?? VIRGINIA_MODEL_RIGHTS,
    // Every state appeal provision read for this table says "within a reasonable period of time
    // after the consumer's receipt of the decision" and no number: the product's reading applies.
    appealWindow: spec.appeal && {
      kind: 'reasonable',
      days: REASONABLE_APPEAL_DAYS,
      citation: appealWindowCitation ?? spec.appeal.citation,
    },
  };
}

/** A state Attorney General as the authority a person complains to. */
export function attorneyGeneral(
  stateName: Words,
  website: string,
  complaintUrl: string,
): Authority {
  return {
    name: {
      en: `the ${stateName.en} Attorney General`,
      es: `el Fiscal General de ${stateName.es}`,
    },
    website,
    complaintUrl,
  };
}
