/** Stable codes the API maps to HTTP statuses; the message is safe to show to the caller. */
export type DomainErrorCode =
  'invalid_input' | 'not_found' | 'invalid_state' | 'forbidden' | 'rate_limited';

export interface FieldProblem {
  path: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly fields: FieldProblem[] = [],
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
