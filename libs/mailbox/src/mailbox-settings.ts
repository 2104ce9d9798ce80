import type { AppConfig } from '@rightsdesk/config';

/** Where the support mailbox is and how it is read; null when IMAP_URL is unset (not read). */
export interface MailboxSettings {
  host: string;
  port: number;
  /** imaps:// (TLS from the first byte); imap:// upgrades with STARTTLS when the server offers it. */
  secure: boolean;
  folder: string;
  user: string;
  password: string;
  /** Names the folder's read position: "user@host:port/folder". */
  mailbox: string;
  pollMs: number;
  maxMessageBytes: number;
}

/** Nest token of the mailbox settings (a `MailboxSettings` or null). */
export const MAILBOX_SETTINGS = Symbol('MAILBOX_SETTINGS');

/** The settings from IMAP_URL, IMAP_USER and IMAP_PASSWORD; the folder is the URL's path. */
export function mailboxSettingsFrom(config: AppConfig): MailboxSettings | null {
  if (!config.IMAP_URL) return null;
  const url = new URL(config.IMAP_URL);
  const secure = url.protocol === 'imaps:';
  const folder = decodeURIComponent(url.pathname.replace(/^\/+/, '')) || 'INBOX';
  const port = Number(url.port) || (secure ? 993 : 143);
  const user = config.IMAP_USER ?? decodeURIComponent(url.username);
  return {
    host: url.hostname,
    port,
    secure,
    folder,
    user,
    password: config.IMAP_PASSWORD ?? decodeURIComponent(url.password),
    mailbox: `${user}@${url.hostname}:${port}/${folder}`,
    pollMs: config.IMAP_POLL_MS,
    maxMessageBytes: config.IMAP_MESSAGE_MAX_BYTES,
  };
}
