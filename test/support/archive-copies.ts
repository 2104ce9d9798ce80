import { ImapFlow } from 'imapflow';
import type { MailboxAccount, PrivateDovecot } from './private-dovecot';

/** The copies an archive mailbox holds of a message, as the mail server filed them (raw). */
export async function archiveCopies(
  dovecot: PrivateDovecot,
  account: MailboxAccount,
  messageId: string,
): Promise<string[]> {
  const client = new ImapFlow({
    host: '127.0.0.1',
    port: dovecot.imapPort,
    secure: false,
    auth: { user: account.user, pass: account.password },
    logger: false,
  });
  await client.connect();
  try {
    const lock = await client.getMailboxLock('INBOX', { readOnly: true });
    try {
      const copies: string[] = [];
      const query = { header: { 'message-id': messageId } };
      for await (const message of client.fetch(query, { source: true })) {
        copies.push(message.source?.toString('utf8') ?? '');
      }
      return copies;
    } finally {
      lock.release();
    }
  } finally {
    await client.logout();
  }
}
