import { z } from 'zod';
import {
  HOLIDAY_RULE_SET_NAMES,
  HolidayCalendar,
  LEAD_AUTHORITY_COUNTRIES,
  REGIMES,
  REQUEST_TYPES,
} from '@rightsdesk/domain';

const postgresUrl = z
  .string()
  .url()
  .refine((value) => /^postgres(ql)?:\/\//.test(value), 'must be a postgres:// URL');
const redisUrl = z
  .string()
  .url()
  .refine((value) => /^rediss?:\/\//.test(value), 'must be a redis:// URL');
const port = z.coerce.number().int().min(1).max(65535);
const positiveInt = z.coerce.number().int().positive();

/** A mailbox's address: imap:// or imaps://, optionally with the folder as its path. */
const imapUrl = z
  .string()
  .url()
  .refine((value) => /^imaps?:\/\//.test(value), 'must be an imap:// or imaps:// URL')
  .optional();

/** A comma-separated list, each entry checked by `entry`. */
const commaList = <T extends z.ZodType<unknown, string>>(entry: T) =>
  z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
    )
    .pipe(z.array(entry));
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must list dates as YYYY-MM-DD');
const autoApproveEntry = z.string().refine(
  (entry) => {
    const [type, regime, ...rest] = entry.split(':');
    return (
      rest.length === 0 &&
      (REQUEST_TYPES as readonly string[]).includes(type) &&
      (regime === undefined || (REGIMES as readonly string[]).includes(regime))
    );
  },
  `must list request types (${REQUEST_TYPES.join(', ')}), each optionally ":" and a regime (${REGIMES.join(', ')})`,
);

/**
 * Every environment variable Rightsdesk reads, with defaults that work on a developer machine
 * (Postgres and Redis on localhost). README.md lists them; keep the two in step.
 */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: port.default(3000),
  PUBLIC_URL: z.string().url().default('http://localhost:3000'),
  DATABASE_URL: postgresUrl.default('postgres://postgres@localhost:5432/rightsdesk'),
  /** Connections each process holds to DATABASE_URL at most; every api and worker has its own. */
  DATABASE_POOL_SIZE: positiveInt.max(500).default(10),
  SHOP_DATABASE_URL: postgresUrl.default('postgres://postgres@localhost:5432/rightsdesk_shop'),
  /** The demo's second database (sessions, page views); unset = SHOP_DATABASE_URL + "_analytics". */
  ANALYTICS_DATABASE_URL: postgresUrl.optional(),
  REDIS_URL: redisUrl.default('redis://localhost:6379'),
  QUEUE_PREFIX: z
    .string()
    .regex(/^[a-z0-9_-]+$/, 'may only hold lower-case letters, digits, "_" and "-"')
    .default('rightsdesk'),
  SMTP_URL: z
    .string()
    .url()
    .refine((value) => /^smtps?:\/\//.test(value), 'must be an smtp:// or smtps:// URL')
    .optional(),
  /**
   * How long a claimed send may take before its attempt is taken for dead and the message marked
   * for staff to check (it may have been delivered). Longer than any SMTP exchange can last.
   */
  MAIL_SEND_LEASE_MS: positiveInt.min(1_000).default(300_000),
  /** The first wait before the retry sweep sends a failed message again; it doubles each try. */
  MAIL_RETRY_BACKOFF_MS: positiveInt.min(100).max(3_600_000).default(60_000),
  /**
   * The support mailbox read for requests and replies, as imap://host:port or
   * imaps://host:port, optionally with the folder as its path (default INBOX). Unset = not read.
   */
  IMAP_URL: imapUrl,
  IMAP_USER: z.string().min(1).optional(),
  IMAP_PASSWORD: z.string().min(1).optional(),
  /** How often the worker looks for new messages in the support mailbox. */
  IMAP_POLL_MS: positiveInt.min(1_000).default(30_000),
  /** A message larger than this is left in the mailbox unread and shown to staff as too big. */
  IMAP_MESSAGE_MAX_BYTES: positiveInt.min(1024).default(25 * 1024 * 1024),
  /**
   * A mailbox of the company's that gets a Bcc of every email sent, in the same SMTP transaction:
   * a copy is there exactly when the mail server accepted the message. It holds what people were
   * sent (codes and links included), so it is restricted like the mail server itself.
   */
  MAIL_ARCHIVE_ADDRESS: z.string().email().optional(),
  /** Where the worker reads the archive mailbox, to settle emails a crash left unconfirmed. */
  MAIL_ARCHIVE_IMAP_URL: imapUrl,
  MAIL_ARCHIVE_IMAP_USER: z.string().min(1).optional(),
  MAIL_ARCHIVE_IMAP_PASSWORD: z.string().min(1).optional(),
  /**
   * How long after its commit point an unconfirmed email is looked up in the archive: longer than
   * the mail server takes to file the Bcc copy. Not there by then, it was never accepted.
   */
  MAIL_ARCHIVE_SETTLE_MS: positiveInt.min(1_000).max(86_400_000).default(120_000),
  COMPANY_NAME: z.string().min(1).default('Example Shop'),
  PRIVACY_CONTACT_EMAIL: z.string().email().default('privacy@example.com'),
  /** The data protection officer's name and contact, e.g. "Ana Ruiz, dpo@example.com" (GDPR Art. 37). */
  DPO_CONTACT: z.string().trim().min(1).max(200).optional(),
  /** Where paper requests go and letters come from; lines separated by ";" (policy's address). */
  COMPANY_POSTAL_ADDRESS: z
    .string()
    .transform((value) =>
      value
        .split(';')
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().max(100)).min(2, 'must give at least two lines separated by ";"'))
    .default(['6114 La Salle Ave Ste 133', 'Oakland CA 94611']),
  /** Paper letters are printed on: US Letter for #10 window envelopes, or A4 (DIN 5008 form B). */
  LETTER_PAPER_SIZE: z.enum(['letter', 'a4']).default('letter'),
  MAIL_FROM: z.string().min(3).default('Rightsdesk Privacy <privacy@rightsdesk.local>'),
  DATA_MAP_PATH: z.string().min(1).default('data-map/shop.v1.yaml'),
  PACKAGE_ENCRYPTION_KEY: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hex characters (a 256-bit key)')
    .optional(),
  /** The law for a person who does not say where they live (residents elsewhere: company policy). */
  DEFAULT_REGIME: z.enum(REGIMES).default('ccpa'),
  /** Laws whose threshold the company does not meet: their residents get the company's policy. */
  LAWS_SWITCHED_OFF: commaList(z.enum(REGIMES)).default([]),
  /**
   * The company's lead supervisory authority under the GDPR (Art. 56), by the country code of its
   * main establishment in the EU; named beside each person's own. Admins may change it live.
   */
  GDPR_LEAD_AUTHORITY: z.enum(LEAD_AUTHORITY_COUNTRIES).optional(),
  COMPANY_TIME_ZONE: z
    .string()
    .refine(isTimeZone, 'must be an IANA time zone such as America/Los_Angeles')
    .default('America/Los_Angeles'),
  /** Staff hear of open requests due within this many days (issue 14, part 5). */
  STAFF_DUE_SOON_DAYS: positiveInt.max(60).default(5),
  /** The hour (0-23, COMPANY_TIME_ZONE) the due-soon run and the daily digests go out. */
  STAFF_DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(8),
  TOKEN_SECRET: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hex characters (a 256-bit key)')
    .optional(),
  VERIFICATION_CODE_MINUTES: positiveInt.max(24 * 60).default(30),
  VERIFICATION_MAX_ATTEMPTS: positiveInt.max(20).default(5),
  VERIFICATION_CODES_PER_HOUR: positiveInt.max(100).default(5),
  /** Across all requests naming one email address: filing many requests multiplies nothing. */
  VERIFICATION_CODES_PER_PERSON_PER_HOUR: positiveInt.max(200).default(10),
  VERIFICATION_GUESSES_PER_PERSON_PER_HOUR: positiveInt.max(500).default(15),
  VERIFICATION_EXPIRY_DAYS: positiveInt.max(365).default(30),
  /** A code posted to a person without email must outlast the post both ways. */
  VERIFICATION_LETTER_CODE_DAYS: positiveInt.max(90).default(30),
  AUTO_APPROVE: commaList(autoApproveEntry).optional(),
  /** Consent withdrawals wait for an officer only when this is true (GDPR Art. 7(3): off). */
  REVIEW_WITHDRAWALS: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .default('false')
    .transform((value) => value === 'true'),
  HOLIDAY_RULE_SETS: commaList(z.enum(HOLIDAY_RULE_SET_NAMES)).default([
    'us_federal',
    'california',
  ]),
  HOLIDAY_EXTRA_DAYS: commaList(isoDate).default([]),
  HOLIDAY_WORKING_DAYS: commaList(isoDate).default([]),
  RATE_LIMIT_SUBMIT_PER_IP: positiveInt.default(20),
  RATE_LIMIT_SUBMIT_PER_EMAIL: positiveInt.default(5),
  RATE_LIMIT_VERIFY_PER_IP: positiveInt.default(30),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  OUTBOX_POLL_MS: positiveInt.default(250),
  JOB_ATTEMPTS: positiveInt.max(50).default(6),
  QUEUE_REPLAY_MS: positiveInt.default(30_000),
  QUEUE_REPLAY_GRACE_MS: positiveInt.default(30_000),
  JOB_BACKOFF_MS: positiveInt.max(3_600_000).default(2000),
  /** How long a worker's hold on a job lasts unrenewed: a killed worker's job is free after it. */
  JOB_LOCK_MS: positiveInt.min(1_000).max(600_000).default(15_000),
  /** How often workers look for jobs whose holder died. */
  JOB_STALL_CHECK_MS: positiveInt.min(500).max(600_000).default(10_000),
  WORKER_CONCURRENCY: positiveInt.max(64).default(4),
  MAX_BODY_BYTES: positiveInt.default(100_000),
  /**
   * Lets webhooks reach loopback and private addresses (and plain http): for development and
   * tests only. Off, a webhook to 127.0.0.1, 10/8, 169.254.169.254 and the like is refused.
   */
  WEBHOOK_ALLOW_PRIVATE: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .default('false')
    .transform((value) => value === 'true'),
  /** How long a processor's webhook may take to answer before the try counts as failed. */
  WEBHOOK_TIMEOUT_MS: positiveInt.max(120_000).default(10_000),
  /** Staff console: a session ends after this many minutes unused (OWASP ASVS 3.3.2)… */
  STAFF_SESSION_IDLE_MINUTES: positiveInt.max(24 * 60).default(30),
  /** …and this many hours after sign-in, used or not. */
  STAFF_SESSION_MAX_HOURS: positiveInt.max(30 * 24).default(12),
  /** Failed sign-ins in 15 minutes that lock an account; each lockout in a row doubles. */
  STAFF_LOCKOUT_ATTEMPTS: positiveInt.max(100).default(5),
  STAFF_LOCKOUT_MINUTES: positiveInt.max(24 * 60).default(15),
  /** Staff sign-in attempts per hour from one address, whatever the account. */
  RATE_LIMIT_SIGN_IN_PER_IP: positiveInt.default(60),
  /** Months a closed request's personal data is kept; its log line stays (regs 7101: at least 24). */
  REQUEST_RETENTION_MONTHS: positiveInt
    .min(24, 'must be at least 24: regs 7101 keeps request records 24 months')
    .max(1200)
    .default(24),
});

export type ConfigInput = z.input<typeof configSchema>;
type ParsedConfig = z.output<typeof configSchema>;

/** Validated configuration. Secrets are kept out of `toString` and JSON. */
export type AppConfig = Omit<
  ParsedConfig,
  | 'PACKAGE_ENCRYPTION_KEY'
  | 'TOKEN_SECRET'
  | 'AUTO_APPROVE'
  | 'HOLIDAY_RULE_SETS'
  | 'HOLIDAY_EXTRA_DAYS'
  | 'HOLIDAY_WORKING_DAYS'
  | 'ANALYTICS_DATABASE_URL'
> & {
  readonly ANALYTICS_DATABASE_URL: string;
  /** AES-256-GCM key for access packages and other sealed data at rest. */
  readonly packageEncryptionKey: Buffer;
  /** HMAC key for stored hashes of codes, links, status tokens and API keys. */
  readonly tokenKey: Buffer;
  /** Request types (optionally per regime) approved by policy without review; empty = manual. */
  readonly autoApprove: readonly string[];
  /** The days business-day clocks skip (regs 7021(a), 7026(f)). */
  readonly holidayCalendar: HolidayCalendar;
  /** What the holiday calendar was built from, shown as the default beside an admin's override. */
  readonly holidayDefaults: {
    ruleSets: readonly string[];
    extraDays: readonly string[];
    workingDays: readonly string[];
  };
};

/** Variables whose values are secrets and never printed. */
export const SECRET_VARIABLES = [
  'PACKAGE_ENCRYPTION_KEY',
  'TOKEN_SECRET',
  'SMTP_URL',
  'IMAP_URL',
  'IMAP_PASSWORD',
  'MAIL_ARCHIVE_IMAP_PASSWORD',
  'DATABASE_URL',
  'SHOP_DATABASE_URL',
  'ANALYTICS_DATABASE_URL',
  'REDIS_URL',
] as const;

/**
 * The demo analytics database beside the shop's: the same server and credentials, the database
 * name with "_analytics" added. The seeder and the default configuration agree on it, so setting
 * SHOP_DATABASE_URL alone (as tests and benchmarks do) keeps the two databases together.
 */
export function analyticsDatabaseUrlFor(shopDatabaseUrl: string): string {
  const url = new URL(shopDatabaseUrl);
  url.pathname = `/${decodeURIComponent(url.pathname.slice(1))}_analytics`;
  return url.toString();
}

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
