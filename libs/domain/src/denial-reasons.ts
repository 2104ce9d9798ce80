/**
 * Every ground a request can be refused on, as stored in `requests.denial_basis`: the ones an
 * officer chooses (libs/review DENIAL_BASES, with their rules), an identity that could not be
 * verified (intake), and an appeal that upheld the earlier decision. People and officers read
 * each in words from their catalogue, never the code.
 */
export const DENIAL_REASONS = [
  'identity_not_verified',
  'not_a_consumer',
  'manifestly_unfounded_or_excessive',
  'legal_obligation',
  'legal_claims',
  'rights_of_others',
  'information_accurate',
  'no_response_to_request_for_information',
  'unverifiable',
  'appeal_refused',
] as const;

export type DenialReason = (typeof DENIAL_REASONS)[number];

export function isDenialReason(value: string | null | undefined): value is DenialReason {
  return DENIAL_REASONS.some((reason) => reason === value);
}
