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
