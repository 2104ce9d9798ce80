import { loadConfig } from '@rightsdesk/config';
import { mailboxSettingsFrom } from './mailbox-settings';

describe(mailboxSettingsFrom.name, () => {
  it('is off when IMAP_URL is unset', () => {
    expect(mailboxSettingsFrom(loadConfig({}))).toBeNull();
  });

  it.each([
    ['imap://mail.example.com:1143', { port: 1143, secure: false, folder: 'INBOX' }],
    ['imaps://mail.example.com', { port: 993, secure: true, folder: 'INBOX' }],
    ['imap://mail.example.com/Privacy%20requests', { port: 143, folder: 'Privacy requests' }],
  ])('reads %s', (url, expected) => {
    const settings = mailboxSettingsFrom(
      loadConfig({ IMAP_URL: url, IMAP_USER: 'privacy@example.com', IMAP_PASSWORD: 'secret' }),
    );
    expect(settings).toMatchObject({
      host: 'mail.example.com',
      user: 'privacy@example.com',
      password: 'secret',
      ...expected,
    });
    expect(settings?.mailbox).toBe(
      `privacy@example.com@mail.example.com:${expected.port}/${expected.folder}`,
    );
  });

  it('refuses a URL that is not IMAP', () => {
    expect(() => loadConfig({ IMAP_URL: 'pop3://mail.example.com' })).toThrow(
      /IMAP_URL must be an imap:\/\/ or imaps:\/\/ URL/,
    );
  });
});
