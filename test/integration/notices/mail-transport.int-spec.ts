import { MailTransport, type OutgoingMail } from '@rightsdesk/notices';
import { SmtpSink } from '../../support/smtp-sink';

/**
 * The commit point of a send, against a real SMTP server: the server has received the whole
 * message but its end while the sender records that it is about to hand it over; a sender that
 * cannot record it stops there, and the server delivers nothing.
 */
describe(MailTransport.name, () => {
  const smtp = new SmtpSink();
  let transport: MailTransport;

  beforeAll(async () => {
    transport = new MailTransport(await smtp.start());
  });

  afterAll(async () => {
    transport.close();
    await smtp.stop();
  });

  const mail = (id: string, beforeEnd: () => Promise<void>): OutgoingMail => ({
    messageId: `<${id}@rightsdesk>`,
    from: 'privacy@shop.example',
    to: 'ada@example.org',
    subject: 'Your request is complete',
    text: 'We have done what you asked.\n'.repeat(2_000),
    language: 'en',
    beforeEnd,
  });
  const received = (id: string) =>
    smtp.messages.filter((message) => message.messageId === `<${id}@rightsdesk>`).length;

  it('delivers a message only after its commit point, with all of it', async () => {
    let receivedAtCommit: number | undefined;
    const result = await transport.send(
      mail('held', async () => {
        // Long enough for a server that had the message's end to have parsed and kept it.
        await new Promise((done) => setTimeout(done, 300));
        receivedAtCommit = received('held');
      }),
    );
    expect(result.response).toMatch(/^250/);
    expect(receivedAtCommit).toBe(0);
    const [delivered] = smtp.messages.filter(
      (message) => message.messageId === '<held@rightsdesk>',
    );
    expect(delivered?.text?.split('We have done what you asked.').length).toBe(2_001);
  });

  it('delivers nothing when the commit point cannot be recorded, and sends the next message as usual', async () => {
    await expect(
      transport.send(mail('withdrawn', () => Promise.reject(new Error('claim lost')))),
    ).rejects.toThrow('claim lost');
    await transport.send(mail('next', () => Promise.resolve()));
    await smtp.waitFor((message) => message.messageId === '<next@rightsdesk>');
    expect(received('withdrawn')).toBe(0);
  });
});
