import type { VerificationPolicy } from '@rightsdesk/domain';
import type { LifecycleSettings } from '@rightsdesk/intake';
import type { DataMapInForce, PolicyInForce } from '@rightsdesk/live-config';
import type { VerificationSettings } from '@rightsdesk/verification';

/*
 * The settings objects intake and verification still take, read from the policy and the data
 * map in force at each use. They go once those use cases read PolicyInForce and DataMapInForce
 * themselves.
 */

/** Intake and approval: auto-approval, the holiday calendar, expiry, correction rules. */
export function liveLifecycleSettings(
  fixed: Omit<
    LifecycleSettings,
    'autoApprove' | 'calendar' | 'verificationExpiryDays' | 'correction'
  >,
  policy: PolicyInForce,
  maps: DataMapInForce,
): LifecycleSettings {
  return {
    ...fixed,
    get autoApprove() {
      return policy.current().autoApprove;
    },
    get calendar() {
      return policy.current().calendar;
    },
    get verificationExpiryDays() {
      return policy.current().verification.expiryDays;
    },
    get correction() {
      return maps.current().correction;
    },
  };
}

/** Codes and links: how long they work, how many tries, how many per hour. */
export function liveVerificationSettings(
  fixed: Pick<VerificationSettings, 'tokenKey' | 'publicUrl'>,
  policy: PolicyInForce,
): VerificationSettings {
  return {
    ...fixed,
    get codeMinutes() {
      return policy.current().verification.codeMinutes;
    },
    get maxAttempts() {
      return policy.current().verification.maxAttempts;
    },
    get codesPerHour() {
      return policy.current().verification.codesPerHour;
    },
  };
}

/** The verification tiers counsel chose (regs 7062), as the admin last saved them. */
export function liveVerificationPolicy(policy: PolicyInForce): VerificationPolicy {
  const current = () => policy.current().verificationPolicy;
  return {
    get delete() {
      return current().delete;
    },
    get correct() {
      return current().correct;
    },
    get gdprEmailCodeSuffices() {
      return current().gdprEmailCodeSuffices;
    },
    get declarationRegimes() {
      return current().declarationRegimes;
    },
    get categoriesFallbackRegimes() {
      return current().categoriesFallbackRegimes;
    },
    get maxContradictions() {
      return current().maxContradictions;
    },
  };
}
