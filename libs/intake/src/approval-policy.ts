import { Regime, RequestType } from '@rightsdesk/domain';

/**
 * Whether a policy approves this kind of request without a person's review. Entries are a type
 * ("access") or a type for one regime ("withdraw_consent:gdpr"); none means every request waits
 * for an officer (the default).
 */
export function isAutoApproved(
  policy: readonly string[],
  type: RequestType,
  regime: Regime,
): boolean {
  return policy.includes(type) || policy.includes(`${type}:${regime}`);
}
