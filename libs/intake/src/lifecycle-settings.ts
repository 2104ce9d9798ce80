import { CorrectionRules } from '@rightsdesk/data-map';
import { HolidayCalendar, Regime } from '@rightsdesk/domain';

/** What the request lifecycle needs from configuration. */
export interface LifecycleSettings {
  defaultRegime: Regime;
  timeZone: string;
  calendar?: HolidayCalendar;
  tokenKey: Buffer;
  /** AES-256-GCM key for documents kept sealed at rest (agents' authorizations). */
  sealKey: Buffer;
  /** Request types (optionally ":regime") approved without review. */
  autoApprove: readonly string[];
  /** Days a request may wait for verification before it expires. */
  verificationExpiryDays: number;
  /** From the data map: what a correction may name, and which data points it disputes. */
  correction: CorrectionRules;
}
