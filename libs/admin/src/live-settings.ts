import { correctionRules, datasetLabel, type CorrectionRules } from '@rightsdesk/data-map';
import type { VerificationPolicy } from '@rightsdesk/domain';
import { DataPointMatcher } from '@rightsdesk/fulfilment';
import type { IdentityMatcher, LifecycleSettings } from '@rightsdesk/intake';
import type { CompanyIdentity } from '@rightsdesk/notices';
import type { VerificationSettings } from '@rightsdesk/verification';
import type { DataMapStore } from './data-map-store';
import type { PolicySettingsStore } from './policy-settings-store';

/*
 * Settings objects the use cases already take, whose policy fields read the policy and the data
 * map in force at each use. The use cases stay as they are; only what they are handed changes.
 */

/** Intake and approval: auto-approval, the holiday calendar, expiry, correction rules. */
export function liveLifecycleSettings(
  fixed: Omit<
    LifecycleSettings,
    'autoApprove' | 'calendar' | 'verificationExpiryDays' | 'correction'
  >,
  policy: PolicySettingsStore,
  maps: DataMapStore,
): LifecycleSettings {
  const rules = correctionRulesOf(maps);
  return {
    ...fixed,
    get autoApprove() {
      return policy.cached().values.auto_approval.entries;
    },
    get calendar() {
      return policy.cached().calendar;
    },
    get verificationExpiryDays() {
      return policy.cached().values.verification.expiryDays;
    },
    get correction() {
      return rules();
    },
  };
}

/** Codes and links: how long they work, how many tries, how many per hour. */
export function liveVerificationSettings(
  fixed: Pick<VerificationSettings, 'tokenKey' | 'publicUrl'>,
  policy: PolicySettingsStore,
): VerificationSettings {
  return {
    ...fixed,
    get codeMinutes() {
      return policy.cached().values.verification.codeMinutes;
    },
    get maxAttempts() {
      return policy.cached().values.verification.maxAttempts;
    },
    get codesPerHour() {
      return policy.cached().values.verification.codesPerHour;
    },
  };
}

/** The verification tiers counsel chose (regs 7062), as the admin last saved them. */
export function liveVerificationPolicy(policy: PolicySettingsStore): VerificationPolicy {
  const current = () => policy.cached().verificationPolicy;
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

/** The letterhead and contact notices and letters carry. */
export function liveCompanyIdentity(
  fixed: Pick<CompanyIdentity, 'timeZone' | 'key'>,
  policy: PolicySettingsStore,
): CompanyIdentity {
  const letterhead = () => policy.cached().values.letterhead;
  return {
    ...fixed,
    get companyName() {
      return letterhead().companyName;
    },
    get contactEmail() {
      return letterhead().contactEmail;
    },
    get postalAddress() {
      return letterhead().postalAddress;
    },
    get paperSize() {
      return letterhead().paperSize;
    },
  };
}

/** Dataset names in notices, from the map in force. */
export function liveDatasetLabel(maps: DataMapStore): (system: string, table: string) => string {
  return (system, table) => datasetLabel(maps.current().map)(system, table);
}

/** Correction rules of the map in force, computed once per version. */
export function correctionRulesOf(maps: DataMapStore): () => CorrectionRules {
  let cached: { version: number; rules: CorrectionRules } | undefined;
  return () => {
    const { version, map } = maps.current();
    if (cached?.version !== version) cached = { version, rules: correctionRules(map) };
    return cached.rules;
  };
}

/** Compares stated data points with the databases of the map in force (regs 7062). */
export class ActiveMapIdentityMatcher implements IdentityMatcher {
  constructor(private readonly maps: DataMapStore) {}

  async match(identity: Parameters<IdentityMatcher['match']>[0]) {
    const { version } = await this.maps.active();
    return new DataPointMatcher(await this.maps.sources(version)).match(identity);
  }
}
