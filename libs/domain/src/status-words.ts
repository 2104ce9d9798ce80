import { RequestStatus } from './request-kinds';

/**
 * A request's status and type in plain English for messages an officer reads (refusals of an
 * action, conflicts): "waiting for verification", never `pending_verification`. Pages use their
 * own catalogues; these are for the rules' own sentences.
 */
const STATUS_WORDS: Record<RequestStatus, string> = {
  received: 'received',
  pending_verification: 'waiting for verification',
  verified: 'verified',
  awaiting_review: 'awaiting review',
  needs_info: 'waiting for information from the person',
  approved: 'approved',
  in_progress: 'in progress',
  completed: 'completed',
  failed: 'failed',
  denied: 'denied',
  cancelled: 'cancelled',
  expired: 'expired',
};

const TYPE_WORDS: Readonly<Record<string, string>> = {
  access: 'access',
  correct: 'correction',
  delete: 'deletion',
  withdraw_consent: 'consent withdrawal',
  appeal: 'appeal',
  opt_out_sale_sharing: 'opt-out of sale or sharing',
  limit_sensitive_use: 'limit the use of sensitive data',
};

export function statusInWords(status: RequestStatus): string {
  return STATUS_WORDS[status] ?? status;
}

/** A request type or right (`withdraw_consent`, `opt_out_sale_sharing`) in words. */
export function requestTypeInWords(type: string): string {
  return TYPE_WORDS[type] ?? type;
}
