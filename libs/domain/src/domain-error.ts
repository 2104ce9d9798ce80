/** Stable codes the API maps to HTTP statuses; the message is safe to show to the caller. */
export type DomainErrorCode =
  | 'invalid_input'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'invalid_state'
  | 'gone'
  | 'rate_limited'
  /** A service we depend on (the database) cannot be reached for now: 503, try again later. */
  | 'unavailable';

export interface FieldProblem {
  path: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly fields: FieldProblem[] = [],
    /** For rate_limited and unavailable: seconds until trying again makes sense (Retry-After). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/**
 * A step the request's current state does not allow, e.g. "cannot approve a request that is
 * pending_verification". Code `invalid_state`, which the API answers with 409 Conflict.
 */
export class InvalidTransitionError extends DomainError {
  constructor(
    readonly from: string,
    readonly event: string,
    message: string,
  ) {
    super('invalid_state', message);
    this.name = 'InvalidTransitionError';
  }
}
