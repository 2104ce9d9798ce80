import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@rightsdesk/config';
import { PolicyInForce } from '@rightsdesk/live-config';

/** Verification knobs a company may set (configuration), with the defaults in config. */
export interface VerificationSettings {
  /** Minutes an emailed code or link works. */
  codeMinutes: number;
  /** Days a code sent by letter (to a person without email) works. */
  letterCodeDays: number;
  /** Wrong codes allowed per challenge before a new one must be asked for. */
  maxAttempts: number;
  /** Key for the keyed hashes of codes, links and status tokens. */
  tokenKey: Buffer;
  /** Seals the status-page secret kept so later emails can link to the page. */
  sealKey: Buffer;
  /** Where links in emails point. */
  publicUrl: string;
  /** Codes one request may be sent per hour, the first included (regs 7060: throttle abuse). */
  codesPerHour: number;
  /** Codes one person (email address) may be sent per hour across all their requests. */
  codesPerPersonPerHour: number;
  /** Wrong codes one person may take per hour across all their requests. */
  guessesPerPersonPerHour: number;
}

/**
 * The verification settings in force, read once at the start of each use: an admin may change
 * the limits while the processes run; the key and the public address are fixed configuration.
 */
@Injectable()
export class VerificationSettingsInForce {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly policy: PolicyInForce,
  ) {}

  current(): VerificationSettings {
    const { codeMinutes, maxAttempts, codesPerHour } = this.policy.current().verification;
    return {
      codeMinutes,
      maxAttempts,
      codesPerHour,
      letterCodeDays: this.config.VERIFICATION_LETTER_CODE_DAYS,
      codesPerPersonPerHour: this.config.VERIFICATION_CODES_PER_PERSON_PER_HOUR,
      guessesPerPersonPerHour: this.config.VERIFICATION_GUESSES_PER_PERSON_PER_HOUR,
      tokenKey: this.config.tokenKey,
      sealKey: this.config.packageEncryptionKey,
      publicUrl: this.config.PUBLIC_URL,
    };
  }
}
