/** Where a verification attempt leaves the request (see verification-policy.ts). */
export type VerificationOutcome =
  'verified' | 'verified_with_fallback' | 'needs_more' | 'unverifiable';
