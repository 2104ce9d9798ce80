import type { DenialReason } from '@rightsdesk/domain';

/**
 * The grounds an officer may refuse a request on, each with the rule it rests on. A denial names
 * its basis (regs 7022-7024; GDPR Art. 12(4)) and the notice tells the person how to appeal or
 * complain. Citations are short; the California regulations were re-lettered in 2026,
 * so counsel may check the current lettering.
 */
export const DENIAL_BASES = {
  identity_not_verified: {
    label: 'Identity could not be verified',
    citation: 'CCPA regs 7022(a), 7023, 7024(a); GDPR Art. 12(2), 12(6)',
  },
  not_a_consumer: {
    label: 'The request was not made by the person or an agent they authorized',
    citation: 'CCPA regs 7063(b), 7102(a)(1)(C); GDPR Art. 12(6)',
  },
  manifestly_unfounded_or_excessive: {
    label: 'The request is manifestly unfounded or excessive',
    citation: 'Civ. Code 1798.145(h)(3); GDPR Art. 12(5)',
  },
  legal_obligation: {
    label: 'The law requires us to keep the data',
    citation: 'Civ. Code 1798.105(d)(8); GDPR Art. 17(3)(b)',
  },
  legal_claims: {
    label: 'The data is needed to establish, exercise or defend legal claims',
    citation: 'Civ. Code 1798.145(a)(1)(E); GDPR Art. 17(3)(e)',
  },
  rights_of_others: {
    label: "Answering would adversely affect other people's rights",
    citation: 'Civ. Code 1798.145(k); GDPR Art. 15(4)',
  },
  information_accurate: {
    label: 'The contested information is accurate',
    citation: 'CCPA regs 7023(b); GDPR Art. 16',
  },
  no_response_to_request_for_information: {
    label: 'The information needed to act on the request was not provided',
    citation: 'CCPA regs 7020(b); GDPR Art. 12(2)',
  },
} as const satisfies Partial<Record<DenialReason, { label: string; citation: string }>>;

export type DenialBasis = keyof typeof DENIAL_BASES;
export const DENIAL_BASIS_CODES = Object.keys(DENIAL_BASES) as DenialBasis[];

/** "Identity could not be verified (CCPA regs 7022(a), …)": what the audit row and notice say. */
export function describeDenialBasis(basis: DenialBasis): string {
  const { label, citation } = DENIAL_BASES[basis];
  return `${label} (${citation})`;
}

export function isDenialBasis(value: string): value is DenialBasis {
  return Object.prototype.hasOwnProperty.call(DENIAL_BASES, value);
}
