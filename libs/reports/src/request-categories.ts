import type { RequestStatus } from '@rightsdesk/domain';

/**
 * The request types regs 7102(a) counts, and which of Rightsdesk's rights fall under each.
 * Consent withdrawal is reported with opt-outs: both stop a use of data the person had allowed.
 * Rights intake does not accept yet (opt-out of sale, limit) are listed so their rows appear
 * the day they do.
 */
export const CCPA_METRIC_TYPES = ['know', 'delete', 'correct', 'opt_out', 'limit'] as const;
export type CcpaMetricType = (typeof CCPA_METRIC_TYPES)[number];

export const CCPA_TYPE_LABELS: Record<CcpaMetricType, string> = {
  know: 'Know / access',
  delete: 'Delete',
  correct: 'Correct',
  opt_out: 'Opt-out / consent withdrawal',
  limit: 'Limit use of sensitive data',
};

export const RIGHTS_BY_CCPA_TYPE: Record<CcpaMetricType, readonly string[]> = {
  know: ['access'],
  delete: ['delete'],
  correct: ['correct'],
  opt_out: ['withdraw_consent', 'opt_out_sale_sharing'],
  limit: ['limit_sensitive_use'],
};

/** The denial reasons regs 7102(a)(1)(C) lets a business break its denials down by. */
export const DENIAL_CATEGORIES = ['unverifiable', 'not_consumer', 'exempt', 'other'] as const;
export type DenialCategory = (typeof DENIAL_CATEGORIES)[number];

export const DENIAL_CATEGORY_LABELS: Record<DenialCategory, string> = {
  unverifiable: 'could not be verified',
  not_consumer: 'not made by a consumer',
  exempt: 'exempt (a legal exception applies)',
  other: 'other reason',
};

/**
 * Denial bases, as intake records them and as officers choose them (libs/review DENIAL_BASES),
 * by the regs 7102(a)(1)(C) category they are counted under. Bases starting with "exempt" name a
 * legal exception too; anything else counts as "other".
 */
const UNVERIFIABLE_BASES = ['unverifiable', 'identity_not_verified'];
const NOT_CONSUMER_BASES = ['not_consumer', 'not_a_consumer', 'not_made_by_consumer'];
const EXEMPT_BASES = ['legal_obligation', 'legal_claims', 'rights_of_others'];

/**
 * The regs 7102 category of a closed request's denial, or null when it was not denied. A request
 * that expired unverified was refused for want of verification, so it counts as unverifiable;
 * a legal exception (Civ. Code 1798.105(d), 1798.145) counts as exempt.
 */
export function denialCategory(
  status: RequestStatus,
  denialBasis: string | null,
): DenialCategory | null {
  if (status === 'expired') return 'unverifiable';
  if (status !== 'denied') return null;
  const basis = (denialBasis ?? '').trim().toLowerCase();
  if (UNVERIFIABLE_BASES.includes(basis)) return 'unverifiable';
  if (NOT_CONSUMER_BASES.includes(basis)) return 'not_consumer';
  if (basis.startsWith('exempt') || EXEMPT_BASES.includes(basis)) return 'exempt';
  return 'other';
}

/** The regs 7102 type one of Rightsdesk's rights is counted under; null for an appeal. */
export function ccpaTypeOf(type: string): CcpaMetricType | null {
  const entry = Object.entries(RIGHTS_BY_CCPA_TYPE).find(([, rights]) => rights.includes(type));
  return entry ? (entry[0] as CcpaMetricType) : null;
}

/** How a request was answered, as the request log states it (regs 7101(b)). */
export const RESPONSE_NATURES = [
  'complied',
  'complied_in_part',
  'denied',
  'expired_unverified',
  'withdrawn',
  'open',
] as const;
export type ResponseNature = (typeof RESPONSE_NATURES)[number];

export const RESPONSE_NATURE_LABELS: Record<ResponseNature, string> = {
  complied: 'complied with in whole',
  complied_in_part: 'complied with in part',
  denied: 'denied',
  expired_unverified: 'denied: identity never verified',
  withdrawn: 'withdrawn by the requester',
  open: 'not yet answered',
};

export function responseNature(status: RequestStatus, compliedInPart: boolean): ResponseNature {
  switch (status) {
    case 'completed':
      return compliedInPart ? 'complied_in_part' : 'complied';
    case 'denied':
      return 'denied';
    case 'expired':
      return 'expired_unverified';
    case 'cancelled':
      return 'withdrawn';
    default:
      return 'open';
  }
}

/** A request's nature (its type) in words, as the request log's PDF shows it (regs 7101(b)). */
export const REQUEST_NATURE_LABELS: Readonly<Record<string, string>> = {
  access: 'access (right to know)',
  correct: 'correction',
  delete: 'deletion',
  withdraw_consent: 'consent withdrawal',
  opt_out_sale_sharing: 'opt-out of sale or sharing',
  limit_sensitive_use: 'limit use of sensitive data',
  appeal: 'appeal',
};

/** How a request reached the company, in words (regs 7101(b): manner of the request). */
export const MANNER_LABELS: Readonly<Record<string, string>> = {
  web: 'privacy center',
  api: 'company system (API)',
  postal: 'post',
  phone: 'phone',
  email: 'email',
  agent: 'authorized agent',
  in_person: 'in person',
};
