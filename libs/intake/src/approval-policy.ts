import { Regime, RequestType } from '@rightsdesk/domain';

/** What an admin chose: which requests go ahead without an officer's review. */
export interface ApprovalPolicy {
  /** A type ("access") or a type for one regime ("delete:gdpr"); none means review (the default). */
  readonly entries: readonly string[];
  /**
   * Whether consent withdrawals wait for an officer. Off by default: withdrawing consent takes
   * effect at once, as easily as it was given (GDPR Art. 7(3); CCPA regs 7026 for opt-outs).
   * While it is off, `withdraw_consent` entries change nothing; while it is on they are ignored too,
   * so the switch alone decides.
   */
  readonly reviewWithdrawals: boolean;
}

/** Whether the policy approves this kind of request without a person's review. */
export function isAutoApproved(policy: ApprovalPolicy, type: RequestType, regime: Regime): boolean {
  if (type === 'withdraw_consent') return !policy.reviewWithdrawals;
  return policy.entries.includes(type) || policy.entries.includes(`${type}:${regime}`);
}

/** For requests an officer must always see (an agent's power of attorney). */
export const ALWAYS_REVIEW: ApprovalPolicy = { entries: [], reviewWithdrawals: true };
