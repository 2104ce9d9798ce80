import { readInboundMessage } from './inbound-message';

const ARRIVED = new Date('2026-11-20T12:00:00Z');

function message(headers: string, body = 'Please delete my data.'): Buffer {
  return Buffer.from(`${headers.split('\n').join('\r\n')}\r\n\r\n${body}\r\n`);
}

describe(readInboundMessage.name, () => {
  it('reads the sender, the Date header and the references quoted in the subject and text', async () => {
    const read = await readInboundMessage(
      message(
        'From: Dana <dana@example.net>\nTo: privacy@example.com\nMessage-ID: <a1@example.net>\nDate: Thu, 19 Nov 2026 09:00:00 +0000\nSubject: Re: RD-7K3M-Q9XD',
        'See also rd 0000 1111.',
      ),
      ARRIVED,
    );
    expect(read).toMatchObject({
      messageId: '<a1@example.net>',
      problem: null,
      content: { from: 'dana@example.net', fromName: 'Dana', subject: 'Re: RD-7K3M-Q9XD' },
      quotedReferences: ['RD-7K3M-Q9XD', 'RD-0000-1111'],
    });
    expect(read.receivedAt.toISOString()).toBe('2026-11-19T09:00:00.000Z');
  });

  it.each([
    ['no Date header', ''],
    ['a Date that cannot be read', 'Date: sometime last week\n'],
    ['a Date more than a day ahead', 'Date: Mon, 30 Nov 2026 09:00:00 +0000\n'],
  ])('takes the time the mailbox received it when the message has %s', async (_case, date) => {
    const read = await readInboundMessage(
      message(`${date}From: dana@example.net\nSubject: hello`),
      ARRIVED,
    );
    expect(read.receivedAt).toEqual(ARRIVED);
  });

  it('knows a message without a Message-ID by a digest of its bytes, the same for every reader', async () => {
    const raw = message('From: dana@example.net\nSubject: no id');
    const [first, second] = await Promise.all([
      readInboundMessage(raw, ARRIVED),
      readInboundMessage(raw, new Date()),
    ]);
    expect(first.messageId).toMatch(/^<[0-9a-f]{64}@no-message-id\.rightsdesk\.invalid>$/);
    expect(second.messageId).toBe(first.messageId);
  });

  it('keeps a message with no readable sender whole, as text, marked malformed', async () => {
    const raw = message('Subject: who am I', 'erase me: lee@example.org');
    const read = await readInboundMessage(raw, ARRIVED);
    expect(read.problem).toBe('malformed');
    expect(read.content.from).toBeNull();
    expect(read.content.text).toBe(raw.toString('utf8'));
  });
});
