import { loadConfig } from './load-config';
import { ConfigError } from './config-error';

describe(loadConfig.name, () => {
  it('starts on a developer machine with no variables set', () => {
    const config = loadConfig({});
    expect(config.DATABASE_URL).toBe('postgres://postgres@localhost:5432/rightsdesk');
    expect(config.REDIS_URL).toBe('redis://localhost:6379');
    expect(config.PORT).toBe(3000);
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
