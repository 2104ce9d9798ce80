import { RequestStatus } from './request-kinds';
import { REQUEST_STATUS_WORDS } from './request-status-words';

/** A request's type in plain English for messages an officer reads (refusals, conflicts). */
const TYPE_WORDS: Readonly<Record<string, string>> = {
  access: 'access',
  correct: 'correction',
  delete: 'deletion',
  withdraw_consent: 'consent withdrawal',
  appeal: 'appeal',
  opt_out_sale_sharing: 'opt-out of sale or sharing',
  limit_sensitive_use: 'limit the use of sensitive data',
};

/**
 * A status within an officer's sentence, from the one status catalogue: "a request that is
 * waiting for verification", never `pending_verification`.
 */
export function statusInWords(status: RequestStatus): string {
  return REQUEST_STATUS_WORDS.en[status]?.inSentence ?? status;
}

/** A request type or right (`withdraw_consent`, `opt_out_sale_sharing`) in words. */
export function requestTypeInWords(type: string): string {
  return TYPE_WORDS[type] ?? type;
}
