import { LockoutPolicy } from './lockout-rules';

/** What the staff sign-in needs from configuration, read once at start-up. */
/** Injection token of the staff sign-in settings (StaffModule.forRoot). */
export const STAFF_SETTINGS = Symbol('STAFF_SETTINGS');

export interface StaffSettings {
  /** HMAC key (TOKEN_SECRET) for stored hashes of session tokens and password links. */
  tokenKey: Buffer;
  /** AES-256-GCM key (PACKAGE_ENCRYPTION_KEY) sealing TOTP secrets at rest. */
  sealKey: Buffer;
  /** A session ends after this long without use (OWASP ASVS 3.3.2: idle timeout). */
  idleMinutes: number;
  /** …and at the latest this long after sign-in, used or not (absolute timeout). */
  absoluteHours: number;
  lockout: LockoutPolicy;
  /** How long a reset link works; an invitation link works `inviteHours`. */
  resetMinutes: number;
  inviteHours: number;
  /** Cookies get `Secure` when the site is served over https. */
  secureCookies: boolean;
  publicUrl: string;
  companyName: string;
}
