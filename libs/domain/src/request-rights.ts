import { REQUEST_TYPES } from './request-kinds';

/**
 * Every right the pure rules know, a superset of the REQUEST_TYPES intake accepts today. The rules
 * (state machine, deadlines, verification) take a RightType, so adding a right to intake later is
 * a matter of adding it to REQUEST_TYPES (and the database check), not of redesigning the rules.
 * (Civ. Code 1798.100-.121, GDPR Arts 15-21: design for opt-out of sale/sharing, limit, restrict, object, appeal.)
 */
export const RIGHT_TYPES = [
  ...REQUEST_TYPES,
  'opt_out_sale_sharing',
  'limit_sensitive_use',
  'restrict',
  'object',
] as const;
export type RightType = (typeof RIGHT_TYPES)[number];

/** Which clock a right runs on; see due-date.ts. */
export type ClockKind = 'respond' | 'opt_out' | 'appeal';

export interface RightProfile {
  /** False where the law forbids asking for proof of identity (regs 7026; GDPR 7(3)). */
  readonly needsVerification: boolean;
  readonly clock: ClockKind;
  /** CCPA regs 7021(a): confirm receipt of know, delete and correct within 10 business days. */
  readonly acknowledgedUnderCcpa: boolean;
}

const PROFILES: Record<RightType, RightProfile> = {
  access: { needsVerification: true, clock: 'respond', acknowledgedUnderCcpa: true },
  correct: { needsVerification: true, clock: 'respond', acknowledgedUnderCcpa: true },
  delete: { needsVerification: true, clock: 'respond', acknowledgedUnderCcpa: true },
  // GDPR 7(3): withdrawing must be as easy as consenting, so no proof of identity.
  withdraw_consent: { needsVerification: false, clock: 'respond', acknowledgedUnderCcpa: false },
  // regs 7026, 7027: no verification for opt-out and limit; 15 business days under the CCPA.
  opt_out_sale_sharing: {
    needsVerification: false,
    clock: 'opt_out',
    acknowledgedUnderCcpa: false,
  },
  limit_sensitive_use: { needsVerification: false, clock: 'opt_out', acknowledgedUnderCcpa: false },
  restrict: { needsVerification: true, clock: 'respond', acknowledgedUnderCcpa: false },
  object: { needsVerification: true, clock: 'respond', acknowledgedUnderCcpa: false },
  // An appeal is its own request linked to the refused one, whose requester was already
  // identified (or refused for that reason, which the appeal may contest): no new proof asked.
  appeal: { needsVerification: false, clock: 'appeal', acknowledgedUnderCcpa: false },
};

export function rightProfile(type: RightType): RightProfile {
  return PROFILES[type];
}
