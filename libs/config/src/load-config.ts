import { createHash } from 'node:crypto';
import { DomainError, HolidayCalendar } from '@rightsdesk/domain';
import { AppConfig, analyticsDatabaseUrlFor, configSchema } from './config.schema';
import { ConfigError } from './config-error';

/**
 * Parses the environment once at start-up. The first problem stops start-up with one line
 * naming the variable, e.g. `Configuration error: PORT must be a number from 1 to 65535`.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // Empty strings mean "not set", as they do in most .env files.
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const result = configSchema.safeParse(present);
  if (!result.success) {
    const issue = result.error.issues[0];
    const variable = String(issue.path[0] ?? 'environment');
    throw new ConfigError(variable, describeIssue(issue.message, present[variable]));
  }
  checkMailArchive(result.data);
  const {
    PACKAGE_ENCRYPTION_KEY,
    TOKEN_SECRET,
    AUTO_APPROVE,
    HOLIDAY_RULE_SETS,
    HOLIDAY_EXTRA_DAYS,
    HOLIDAY_WORKING_DAYS,
    ANALYTICS_DATABASE_URL,
    ...config
  } = result.data;
  return {
    ...config,
    ANALYTICS_DATABASE_URL:
      ANALYTICS_DATABASE_URL ?? analyticsDatabaseUrlFor(config.SHOP_DATABASE_URL),
    packageEncryptionKey: secretKey(
      'PACKAGE_ENCRYPTION_KEY',
      PACKAGE_ENCRYPTION_KEY,
      config.NODE_ENV,
    ),
    tokenKey: secretKey('TOKEN_SECRET', TOKEN_SECRET, config.NODE_ENV),
    autoApprove: AUTO_APPROVE ?? [],
    holidayCalendar: holidayCalendar(HOLIDAY_RULE_SETS, HOLIDAY_EXTRA_DAYS, HOLIDAY_WORKING_DAYS),
    holidayDefaults: {
      ruleSets: HOLIDAY_RULE_SETS,
      extraDays: HOLIDAY_EXTRA_DAYS,
      workingDays: HOLIDAY_WORKING_DAYS,
    },
  };
}

const ARCHIVE_READING = [
  'MAIL_ARCHIVE_IMAP_URL',
  'MAIL_ARCHIVE_IMAP_USER',
  'MAIL_ARCHIVE_IMAP_PASSWORD',
] as const;

/**
 * The archive mailbox is read with all three settings or not at all, only when mail is copied to
 * it, and never as the privacy contact's mailbox or the support mailbox, whose mail is people's
 * questions.
 */
function checkMailArchive(config: Record<string, unknown>): void {
  const given = ARCHIVE_READING.filter((variable) => config[variable] !== undefined);
  const missing = ARCHIVE_READING.find((variable) => config[variable] === undefined);
  if (given.length > 0 && missing) {
    throw new ConfigError(missing, `must be set with ${given.join(' and ')}`);
  }
  if (given.length > 0 && config.MAIL_ARCHIVE_ADDRESS === undefined) {
    throw new ConfigError('MAIL_ARCHIVE_ADDRESS', 'must be set to read the archive mailbox');
  }
  const address = String(config.MAIL_ARCHIVE_ADDRESS ?? '').toLowerCase();
  if (address !== '' && address === String(config.PRIVACY_CONTACT_EMAIL).toLowerCase()) {
    throw new ConfigError(
      'MAIL_ARCHIVE_ADDRESS',
      'must be a mailbox of its own, not PRIVACY_CONTACT_EMAIL',
    );
  }
  // Read as the support mailbox too, every copy of our own mail would wait for triage.
  const sameMailbox = (url: unknown) => String(url ?? '').replace(/\/(INBOX)?$/i, '');
  if (
    config.MAIL_ARCHIVE_IMAP_URL !== undefined &&
    sameMailbox(config.MAIL_ARCHIVE_IMAP_URL) === sameMailbox(config.IMAP_URL) &&
    String(config.MAIL_ARCHIVE_IMAP_USER).toLowerCase() === String(config.IMAP_USER).toLowerCase()
  ) {
    throw new ConfigError(
      'MAIL_ARCHIVE_IMAP_USER',
      'must be a mailbox of its own, not the support mailbox read through IMAP_USER',
    );
  }
}

function holidayCalendar(
  ruleSets: readonly string[],
  extraHolidays: readonly string[],
  workingDays: readonly string[],
): HolidayCalendar {
  try {
    return HolidayCalendar.from({ ruleSets, extraHolidays, workingDays });
  } catch (error) {
    // Formats were checked above; what is left is a date that does not exist, e.g. 2026-02-30.
    const problem = (error as DomainError).fields?.[0];
    const variable = problem?.path.startsWith('workingDays')
      ? 'HOLIDAY_WORKING_DAYS'
      : 'HOLIDAY_EXTRA_DAYS';
    throw new ConfigError(variable, problem?.message ?? (error as Error).message);
  }
}

function describeIssue(message: string, value: string | undefined): string {
  const text = message.replace(/^Invalid input: /, '');
  return value === undefined ? text : `${text} (got "${truncate(value)}")`;
}

function truncate(value: string): string {
  // Never echo a whole value: it may be a secret set in the wrong variable.
  return value.length > 12 ? `${value.slice(0, 12)}…` : value;
}

function secretKey(
  variable: string,
  hex: string | undefined,
  nodeEnv: AppConfig['NODE_ENV'],
): Buffer {
  if (hex) return Buffer.from(hex, 'hex');
  if (nodeEnv === 'production') {
    throw new ConfigError(variable, 'is required in production (64 hex characters)');
  }
  // A fixed development key, so a local run works out of the box; production refuses it above.
  return createHash('sha256').update(`rightsdesk-development-only:${variable}`).digest();
}
