import { AppConfig } from '@rightsdesk/config';
import { StaffSettings } from '@rightsdesk/staff';

export { STAFF_MAILER, STAFF_SETTINGS } from '@rightsdesk/staff';

export function staffSettingsFrom(config: AppConfig): StaffSettings {
  return {
    tokenKey: config.tokenKey,
    sealKey: config.packageEncryptionKey,
    idleMinutes: config.STAFF_SESSION_IDLE_MINUTES,
    absoluteHours: config.STAFF_SESSION_MAX_HOURS,
    lockout: {
      maxFailures: config.STAFF_LOCKOUT_ATTEMPTS,
      windowMinutes: 15,
      lockMinutes: config.STAFF_LOCKOUT_MINUTES,
      maxLockMinutes: 24 * 60,
    },
    resetMinutes: 30,
    inviteHours: 72,
    secureCookies: config.PUBLIC_URL.startsWith('https:'),
    publicUrl: config.PUBLIC_URL,
    companyName: config.COMPANY_NAME,
  };
}
