/** The rights a person can exercise. The set is built to grow (opt-out, restrict, object, appeal). */
export const REQUEST_TYPES = ['access', 'correct', 'delete', 'withdraw_consent', 'appeal'] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

/** The types a person submits on their own; an appeal is made from a refused or completed request. */
export const SUBMITTABLE_TYPES = ['access', 'correct', 'delete', 'withdraw_consent'] as const;
export type SubmittableType = (typeof SUBMITTABLE_TYPES)[number];

/** Every state of a request's life (docs/architecture.md); transitions are enforced by the state machine. */
export const REQUEST_STATUSES = [
  'received',
  'pending_verification',
  'verified',
  'awaiting_review',
  'needs_info',
  'approved',
  'in_progress',
  'completed',
  'failed',
  'denied',
  'cancelled',
  'expired',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/**
 * The law whose clock and rules a request runs under: one id per entry of the law table
 * (laws/law-table.ts), plus `company_policy` for a person in no modelled jurisdiction. Ids are
 * stored on requests, so an id is never renamed or reused.
 */
export const REGIMES = [
  'gdpr',
  'uk_gdpr',
  'ccpa',
  'vcdpa',
  'cpa',
  'ctdpa',
  'ucpa',
  'tdpsa',
  'ocpa',
  'mtcdpa',
  'icdpa',
  'dpdpa',
  'ndpa',
  'nhpa',
  'njdpa',
  'tipa',
  'mncdpa',
  'modpa',
  'incdpa',
  'kcdpa',
  'ridtppa',
  'company_policy',
] as const;
export type Regime = (typeof REGIMES)[number];

/** How the request reached the company (regs 7101 record-keeping). */
export const MANNERS = ['web', 'api', 'postal', 'phone', 'email', 'agent', 'in_person'] as const;
export type Manner = (typeof MANNERS)[number];

/** How the person wants to be answered. */
export const ANSWER_CHANNELS = ['email', 'postal'] as const;
export type AnswerChannel = (typeof ANSWER_CHANNELS)[number];

export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
