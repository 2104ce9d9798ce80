import { Injectable } from '@nestjs/common';
import type { HolidayCalendar, Regime, VerificationPolicy } from '@rightsdesk/domain';
import {
  type EffectivePolicy,
  type PolicySectionValues,
  NO_LEAD_AUTHORITY,
} from './policy-settings';
import { PolicySettingsStore } from './policy-settings-store';

/**
 * The policy in force at one moment, as a use case reads it at the start of its work. A value
 * never changes under its reader: an admin's later change shows in the next current().
 */
export interface PolicyNow {
  /** Request types (optionally per regime) approved without review (regs 7022-7024). */
  autoApprove: readonly string[];
  /** Whether consent withdrawals wait for an officer's review (off by default). */
  reviewWithdrawals: boolean;
  calendar: HolidayCalendar;
  /** Codes and links: how long they work, how many tries, how many per hour; request expiry. */
  verification: PolicySectionValues['verification'];
  /** The verification tiers counsel chose (regs 7062). */
  verificationPolicy: VerificationPolicy;
  /** The letterhead and contact notices, letters and the privacy center carry. */
  letterhead: PolicySectionValues['letterhead'];
  /** Laws switched off (threshold not met) and the GDPR lead authority's country, if any. */
  laws: {
    switchedOff: readonly Regime[];
    leadAuthorityCountry?: string;
    /** Days to appeal where the person's law says "a reasonable period". */
    appealDays: number;
    /** Whether a right the person's law does not give is honoured under the company's policy. */
    offerEveryRight: boolean;
  };
  /** Every section as saved, and which ones an admin overrode. */
  effective: EffectivePolicy;
}

/** The admin's policy settings in force, read explicitly: `current()` at each use. */
@Injectable()
export class PolicyInForce {
  constructor(private readonly store: PolicySettingsStore) {}

  /** The last copy read: at most POLICY_CACHE_MS behind the database. */
  current(): PolicyNow {
    return policyNow(this.store.cached());
  }

  /** The same, re-read first when this process's copy is older than the cache time. */
  async read(): Promise<PolicyNow> {
    return policyNow(await this.store.current());
  }
}

function policyNow(effective: EffectivePolicy): PolicyNow {
  return {
    autoApprove: effective.values.auto_approval.entries,
    reviewWithdrawals: effective.values.auto_approval.reviewWithdrawals,
    calendar: effective.calendar,
    verification: effective.values.verification,
    verificationPolicy: effective.verificationPolicy,
    letterhead: effective.values.letterhead,
    laws: {
      switchedOff: effective.values.laws.switchedOff,
      leadAuthorityCountry:
        effective.values.laws.leadAuthority === NO_LEAD_AUTHORITY
          ? undefined
          : effective.values.laws.leadAuthority,
      appealDays: effective.values.laws.appealDays,
      offerEveryRight: effective.values.laws.offerEveryRight,
    },
    effective,
  };
}
