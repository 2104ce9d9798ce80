import { loadConfig } from './load-config';
import { ConfigError } from './config-error';

describe(loadConfig.name, () => {
  it('starts on a developer machine with no variables set', () => {
    const config = loadConfig({});
    expect(config.DATABASE_URL).toBe('postgres://postgres@localhost:5432/rightsdesk');
    expect(config.REDIS_URL).toBe('redis://localhost:6379');
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_POOL_SIZE).toBe(10);
    expect(config.SMTP_URL).toBeUndefined();
    expect(config.packageEncryptionKey).toHaveLength(32);
  });

  it.each([
    [{ PORT: 'eighty' }, /^Configuration error: PORT .*number/],
    [{ PORT: '70000' }, /^Configuration error: PORT /],
    [
      { DATABASE_URL: 'mysql://localhost/db' },
      /^Configuration error: DATABASE_URL must be a postgres:\/\/ URL/,
    ],
    [{ DATABASE_POOL_SIZE: '0' }, /^Configuration error: DATABASE_POOL_SIZE /],
    [{ REDIS_URL: 'localhost:6379' }, /^Configuration error: REDIS_URL /],
    [{ SMTP_URL: 'http://mail' }, /^Configuration error: SMTP_URL must be an smtp/],
    [{ LOG_LEVEL: 'loud' }, /^Configuration error: LOG_LEVEL /],
    [
      { PACKAGE_ENCRYPTION_KEY: 'abc' },
      /^Configuration error: PACKAGE_ENCRYPTION_KEY must be 64 hex/,
    ],
    [
      { NODE_ENV: 'production' },
      /^Configuration error: PACKAGE_ENCRYPTION_KEY is required in production/,
    ],
    [
      { AUTO_APPROVE: 'access,sell_data' },
      /^Configuration error: AUTO_APPROVE must list request types/,
    ],
    [{ AUTO_APPROVE: 'access:mars' }, /^Configuration error: AUTO_APPROVE must list request types/],
    [{ HOLIDAY_RULE_SETS: 'us_federal,texas' }, /^Configuration error: HOLIDAY_RULE_SETS /],
    [
      { HOLIDAY_EXTRA_DAYS: '24/12/2026' },
      /^Configuration error: HOLIDAY_EXTRA_DAYS must list dates/,
    ],
    [
      { HOLIDAY_WORKING_DAYS: '2026-02-30' },
      /^Configuration error: HOLIDAY_WORKING_DAYS must be a date such as 2026-12-24/,
    ],
    [
      { MAIL_ARCHIVE_IMAP_URL: 'https://mail.example.com' },
      /^Configuration error: MAIL_ARCHIVE_IMAP_URL must be an imap/,
    ],
    [
      { MAIL_ARCHIVE_ADDRESS: 'archive@example.com', MAIL_ARCHIVE_IMAP_URL: 'imap://mail' },
      /^Configuration error: MAIL_ARCHIVE_IMAP_USER must be set with MAIL_ARCHIVE_IMAP_URL/,
    ],
    [
      {
        MAIL_ARCHIVE_IMAP_URL: 'imap://mail',
        MAIL_ARCHIVE_IMAP_USER: 'archive',
        MAIL_ARCHIVE_IMAP_PASSWORD: 'secret',
      },
      /^Configuration error: MAIL_ARCHIVE_ADDRESS must be set to read the archive mailbox/,
    ],
    [
      { MAIL_ARCHIVE_ADDRESS: 'Privacy@Example.com' },
      /^Configuration error: MAIL_ARCHIVE_ADDRESS must be a mailbox of its own/,
    ],
    [
      {
        MAIL_ARCHIVE_ADDRESS: 'archive@example.com',
        MAIL_ARCHIVE_IMAP_URL: 'imap://mail.example.com:143',
        MAIL_ARCHIVE_IMAP_USER: 'Privacy',
        MAIL_ARCHIVE_IMAP_PASSWORD: 'secret',
        IMAP_URL: 'imap://mail.example.com:143/INBOX',
        IMAP_USER: 'privacy',
        IMAP_PASSWORD: 'secret',
      },
      /^Configuration error: MAIL_ARCHIVE_IMAP_USER must be a mailbox of its own/,
    ],
  ])('refuses %j with one line naming the variable', (env, expected) => {
    let thrown: unknown;
    try {
      loadConfig(env);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    const message = (thrown as Error).message;
    expect(message).toMatch(expected);
    expect(message).not.toContain('\n');
  });

  it('never echoes a long value back, as it may be a secret', () => {
    expect(() => loadConfig({ PORT: 'supersecretpassword123' })).toThrow(/got "supersecretp…"/);
  });

  it('reads the auto-approval policy as a list, manual when unset', () => {
    expect(loadConfig({}).autoApprove).toEqual([]);
    expect(loadConfig({ AUTO_APPROVE: 'access,withdraw_consent:gdpr' }).autoApprove).toEqual([
      'access',
      'withdraw_consent:gdpr',
    ]);
  });

  it('counts business days on the configured holiday calendar', () => {
    const byDefault = loadConfig({}).holidayCalendar;
    expect(byDefault.isHoliday({ year: 2026, month: 3, day: 31 })).toBe(true); // César Chávez Day
    const federalOnly = loadConfig({
      HOLIDAY_RULE_SETS: 'us_federal',
      HOLIDAY_EXTRA_DAYS: '2026-12-24, 2026-12-31',
    }).holidayCalendar;
    expect(federalOnly.isHoliday({ year: 2026, month: 3, day: 31 })).toBe(false);
    expect(federalOnly.isHoliday({ year: 2026, month: 12, day: 24 })).toBe(true);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ SMTP_URL: '', PORT: '' }).PORT).toBe(3000);
  });

  it('takes a production key from the environment', () => {
    const key = 'ab'.repeat(32);
    const config = loadConfig({
      NODE_ENV: 'production',
      PACKAGE_ENCRYPTION_KEY: key,
      TOKEN_SECRET: 'cd'.repeat(32),
    });
    expect(config.packageEncryptionKey.toString('hex')).toBe(key);
    expect(config.tokenKey.toString('hex')).toBe('cd'.repeat(32));
  });
});
