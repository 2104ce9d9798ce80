import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@rightsdesk/config';
import { CorrectionRules } from '@rightsdesk/data-map';
import { HolidayCalendar, Regime, VerificationPolicy } from '@rightsdesk/domain';
import { DataMapInForce, PolicyInForce } from '@rightsdesk/live-config';
import type { ApprovalPolicy } from './approval-policy';

/** What the request lifecycle needs from configuration. */
export interface LifecycleSettings {
  /** The law for a person who did not say where they live. */
  defaultRegime: Regime;
  /** Laws the company is not subject to (threshold not met): residents get the company's policy. */
  lawsSwitchedOff?: readonly Regime[];
  /** Whether a right the person's law does not give is honoured under the company's policy. */
  offerEveryRight?: boolean;
  timeZone: string;
  calendar?: HolidayCalendar;
  tokenKey: Buffer;
  /** AES-256-GCM key for documents kept sealed at rest (agents' authorizations). */
  sealKey: Buffer;
  /** Request types (optionally ":regime") approved without review, and whether withdrawals wait. */
  approval: ApprovalPolicy;
  /** Days a request may wait for verification before it expires. */
  verificationExpiryDays: number;
  /** From the data map: what a correction may name, and which data points it disputes. */
  correction: CorrectionRules;
  /** The verification tiers counsel chose (regs 7062); the defaults when absent. */
  verificationPolicy?: VerificationPolicy;
}

/**
 * The lifecycle settings in force, read once at the start of each use: the policy (auto-approval,
 * holidays, expiry, verification tiers, laws switched off) and the data map (correction rules) may change while the
 * processes run; keys, time zone and default regime are fixed configuration.
 */
@Injectable()
export class LifecycleSettingsInForce {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly policy: PolicyInForce,
    private readonly maps: DataMapInForce,
  ) {}

  current(): LifecycleSettings {
    const policy = this.policy.current();
    return {
      defaultRegime: this.config.DEFAULT_REGIME,
      lawsSwitchedOff: policy.laws.switchedOff,
      offerEveryRight: policy.laws.offerEveryRight,
      timeZone: this.config.COMPANY_TIME_ZONE,
      tokenKey: this.config.tokenKey,
      sealKey: this.config.packageEncryptionKey,
      approval: { entries: policy.autoApprove, reviewWithdrawals: policy.reviewWithdrawals },
      calendar: policy.calendar,
      verificationExpiryDays: policy.verification.expiryDays,
      correction: this.maps.current().correction,
      verificationPolicy: policy.verificationPolicy,
    };
  }
}
