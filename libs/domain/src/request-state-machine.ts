import { DomainError, InvalidTransitionError } from './domain-error';
import { REQUEST_STATUSES, RequestStatus } from './request-kinds';
import { RightType, rightProfile } from './request-rights';
import { requestTypeInWords, statusInWords } from './status-words';

/**
 * The life of a request (docs/architecture.md, "A request's life"). Every right shares these statuses: an
 * opt-out, a restriction or an appeal runs through the same states, with guards deciding which
 * shortcuts its type may take. "Extended" is not a state but a once-only event on an open
 * request (see request-extension.ts).
 */
export const REQUEST_EVENTS = [
  'request_verification',
  'verify',
  'submit_for_review',
  'ask_for_info',
  'info_received',
  'approve',
  'start',
  'complete',
  'fail',
  'retry',
  'deny',
  'cancel',
  'expire',
] as const;
export type RequestEvent = (typeof REQUEST_EVENTS)[number];

/** Closed states owe the requester nothing more; every other state has a clock running. */
export const CLOSED_STATUSES: readonly RequestStatus[] = [
  'completed',
  'denied',
  'cancelled',
  'expired',
];
export const OPEN_STATUSES: readonly RequestStatus[] = REQUEST_STATUSES.filter(
  (status) => !CLOSED_STATUSES.includes(status),
);

export function isOpen(status: RequestStatus): boolean {
  return !CLOSED_STATUSES.includes(status);
}

/**
 * What a transition needs beyond the current state:
 * - `no_verification_needed`: the request's type asks for no proof of identity (withdraw consent,
 *   opt-out, limit, appeal; regs 7026, GDPR 7(3)), so it may leave `received` without one.
 * - `automatic_approval`: an approval policy (per type and regime) approves without a person;
 *   only such a policy may skip the review queue.
 * - `legal_basis`: a denial names its basis (regs 7022-7024, GDPR 12(4)).
 * - `no_live_job`: no job of the request's fulfilment will run any more, so a request left in
 *   progress would never end unless someone starts it again.
 */
export type TransitionGuard =
  'no_verification_needed' | 'automatic_approval' | 'legal_basis' | 'no_live_job';

export interface TransitionRule {
  readonly from: RequestStatus;
  readonly event: RequestEvent;
  readonly to: RequestStatus;
  readonly requires?: readonly TransitionGuard[];
}

export const REQUEST_TRANSITIONS: readonly TransitionRule[] = [
  { from: 'received', event: 'request_verification', to: 'pending_verification' },
  { from: 'pending_verification', event: 'verify', to: 'verified' },
  { from: 'received', event: 'verify', to: 'verified', requires: ['no_verification_needed'] },
  { from: 'pending_verification', event: 'expire', to: 'expired' },
  { from: 'verified', event: 'submit_for_review', to: 'awaiting_review' },
  // Manual approval happens in review; either way the audit row names the actor (person or policy).
  { from: 'awaiting_review', event: 'approve', to: 'approved' },
  // An automatic policy approves straight from `verified`: no one reviews, so the request never
  // sits in the review queue, and the audit trail does not show a review that did not happen.
  { from: 'verified', event: 'approve', to: 'approved', requires: ['automatic_approval'] },
  {
    from: 'received',
    event: 'approve',
    to: 'approved',
    requires: ['no_verification_needed', 'automatic_approval'],
  },
  { from: 'verified', event: 'ask_for_info', to: 'needs_info' },
  { from: 'awaiting_review', event: 'ask_for_info', to: 'needs_info' },
  // Identity was settled before needs_info could be entered, so the answer goes back to the
  // officer's review queue, whatever was asked (even more proof under GDPR 12(6) doubt).
  { from: 'needs_info', event: 'info_received', to: 'awaiting_review' },
  { from: 'approved', event: 'start', to: 'in_progress' },
  { from: 'in_progress', event: 'complete', to: 'completed' },
  { from: 'in_progress', event: 'fail', to: 'failed' },
  { from: 'failed', event: 'retry', to: 'in_progress' },
  // A request whose jobs were lost (failed for good, removed) while it was in progress: an
  // officer starts it again; never while a job is still at work on it.
  { from: 'in_progress', event: 'retry', to: 'in_progress', requires: ['no_live_job'] },
  ...OPEN_STATUSES.map((from): TransitionRule => ({
    from,
    event: 'deny',
    to: 'denied',
    requires: ['legal_basis'],
  })),
  ...OPEN_STATUSES.map((from): TransitionRule => ({ from, event: 'cancel', to: 'cancelled' })),
];

export interface TransitionContext {
  /** The request's type; needed to skip verification. */
  readonly type?: RightType;
  readonly approval?: 'manual' | 'automatic';
  /** regs 7063(b): an agent's power of attorney stands in for the person's own verification. */
  readonly powerOfAttorney?: boolean;
  /** Required to deny, e.g. "could not verify identity (regs 7022(a))". */
  readonly legalBasis?: string;
  /**
   * Whether a job of the request's fulfilment will still run: `unknown` when the queues did not
   * answer. Needed to retry a request in progress.
   */
  readonly fulfilmentJob?: 'live' | 'none' | 'unknown';
}

export interface Transition {
  readonly from: RequestStatus;
  readonly event: RequestEvent;
  readonly to: RequestStatus;
}

/**
 * The state a request moves to, or an InvalidTransitionError (code `invalid_state`) whose message
 * names the current state in words: "cannot approve a request that is waiting for verification".
 */
export function transition(
  current: RequestStatus,
  event: RequestEvent,
  context: TransitionContext = {},
): Transition {
  const rule = ruleFor(current, event);
  if (!rule) throw new InvalidTransitionError(current, event, refusal(current, event));
  for (const guard of rule.requires ?? []) {
    const problem = GUARDS[guard](context);
    if (problem === 'legal_basis_missing') {
      throw new DomainError('invalid_input', 'a denial must name its legal basis', [
        { path: 'legalBasis', message: 'is required to deny a request' },
      ]);
    }
    if (problem) {
      throw new InvalidTransitionError(current, event, `${refusal(current, event)}: ${problem}`);
    }
  }
  return { from: current, event, to: rule.to };
}

/** The events allowed now, e.g. to show an officer only the buttons that will work. */
export function allowedEvents(
  current: RequestStatus,
  context: TransitionContext = {},
): RequestEvent[] {
  return REQUEST_EVENTS.filter((event) => {
    const rule = ruleFor(current, event);
    return rule !== undefined && (rule.requires ?? []).every((guard) => !GUARDS[guard](context));
  });
}

function ruleFor(from: RequestStatus, event: RequestEvent): TransitionRule | undefined {
  return REQUEST_TRANSITIONS.find((rule) => rule.from === from && rule.event === event);
}

/** Each guard returns undefined when satisfied, else why not. */
const GUARDS: Record<TransitionGuard, (context: TransitionContext) => string | undefined> = {
  no_verification_needed: ({ type, powerOfAttorney }) => {
    if (powerOfAttorney) return undefined;
    if (!type) return 'the request type is needed to tell whether verification may be skipped';
    return rightProfile(type).needsVerification
      ? `${requestTypeInWords(type)} requests need identity verification first`
      : undefined;
  },
  automatic_approval: ({ approval }) =>
    approval === 'automatic'
      ? undefined
      : 'an officer approves it from review; only an automatic policy skips review',
  legal_basis: ({ legalBasis }) => (legalBasis?.trim() ? undefined : 'legal_basis_missing'),
  no_live_job: ({ fulfilmentJob }) => {
    if (fulfilmentJob === 'none') return undefined;
    return fulfilmentJob === 'live'
      ? 'it is being worked on now'
      : 'the queues did not say whether it is being worked on now; try again in a moment';
  },
};

const ACTIONS: Record<RequestEvent, string> = {
  request_verification: 'request verification of',
  verify: 'verify',
  submit_for_review: 'submit for review',
  ask_for_info: 'ask for information on',
  info_received: 'record information received for',
  approve: 'approve',
  start: 'start',
  complete: 'complete',
  fail: 'fail',
  retry: 'retry',
  deny: 'deny',
  cancel: 'cancel',
  expire: 'expire',
};

function refusal(current: RequestStatus, event: RequestEvent): string {
  return `cannot ${ACTIONS[event]} a request that is ${statusInWords(current)}`;
}
