import request from 'supertest';
import { RenderNoticeUseCase } from '@rightsdesk/notices';
import { TestApi, startTestApi } from '../../support/api-app';
import { createTestRequest } from '../../support/requests';
import { binary, pagesOf, qpdfCheck } from './letter-pdf.support';

/**
 * Answering by post: a notice for a person who chose post becomes a letter in the print queue;
 * staff batch, print, mail and record returns over the REST API.
 */
describe('letters for requests answered by post', () => {
  let api: TestApi;
  let staff: string;
  let reader: string;
  let notices: RenderNoticeUseCase;

  beforeAll(async () => {
    api = await startTestApi({ RATE_LIMIT_SUBMIT_PER_EMAIL: '1000' });
    staff = `Bearer ${await api.apiKey('letters:manage')}`;
    reader = `Bearer ${await api.apiKey('requests:read')}`;
    // The api's own notice renderer: the letterhead in force is the configuration's.
    notices = api.app.get(RenderNoticeUseCase);
  });
  afterAll(() => api.close());

  const http = () => request(api.app.getHttpServer());
  const unique = () => Math.random().toString(36).slice(2, 8);

  /** A request answered by post, with a letter queued for it; returns ids and the street. */
  async function postalLetter(reason?: string) {
    const street = `${Math.floor(Math.random() * 9000) + 100} Ångström Way ${unique()}`;
    const requestId = await createTestRequest(api.dataSource, {
      name: `Zoë Núñez ${unique()}`,
      answerChannel: 'postal',
      postalAddress: {
        line1: street,
        city: 'Oakland',
        region: 'CA',
        postalCode: '94611',
        country: 'US',
      },
    });
    await notices.execute(requestId, 'request_denied', { facts: { reason } });
    const [letter] = await api.dataSource.query(
      `SELECT l.id, l.status, l.pages, l.reference, l.correspondence_id FROM letters l WHERE l.request_id = $1`,
      [requestId],
    );
    return { requestId, street, letter };
  }

  it('queues a letter instead of an email, while the verification code still goes by email', async () => {
    const { requestId, street, letter } = await postalLetter();
    expect(letter).toMatchObject({ status: 'queued', pages: 1 });
    const messages = await api.dataSource.query(
      `SELECT kind, channel FROM correspondence WHERE request_id = $1 ORDER BY created_at`,
      [requestId],
    );
    expect(messages).toEqual([
      { kind: 'verification_code', channel: 'email' },
      { kind: 'request_denied', channel: 'postal' },
    ]);
    const [{ sends }] = await api.dataSource.query(
      `SELECT count(*)::int AS sends FROM outbox WHERE payload->>'correspondenceId' = $1`,
      [letter.correspondence_id],
    );
    expect(sends).toBe(0);

    const { body: queued } = await http()
      .get('/api/v1/letters?status=queued')
      .set('authorization', staff)
      .expect(200);
    expect(queued).toContainEqual(
      expect.objectContaining({
        id: letter.id,
        reference: letter.reference,
        kind: 'request_denied',
        language: 'en',
        pages: 1,
      }),
    );

    const { body: list } = await http()
      .get(`/api/v1/requests/${requestId}/correspondence`)
      .set('authorization', reader)
      .expect(200);
    expect(list.map((m: { channel: string }) => m.channel)).toEqual(['email', 'postal']);
    expect(list[1]).toMatchObject({
      kind: 'request_denied',
      status: 'pending',
      letter: { status: 'queued' },
    });
    const copy = await http()
      .get(`/api/v1/correspondence/${list[1].id}/copy`)
      .set('authorization', reader)
      .buffer(true)
      .parse(binary)
      .expect(200)
      .expect('content-type', 'application/pdf');
    expect(pagesOf(copy.body as Buffer).join('')).toContain(street);
    const email = await http()
      .get(`/api/v1/correspondence/${list[0].id}/copy`)
      .set('authorization', reader)
      .expect(200)
      .expect('content-type', /text\/plain/);
    expect(email.text).toContain('[the person’s one-time code]');
  });

  it.each([
    ['en', /reply to this message/i, 'write to us at'],
    ['es', /responda a este mensaje/i, 'escríbanos a'],
  ])(
    'tells a person answered by post (%s) how to write back, never to "reply to this message"',
    async (language, never, says) => {
      const requestId = await createTestRequest(api.dataSource, {
        name: `Zoë Núñez ${unique()}`,
        language,
        answerChannel: 'postal',
        postalAddress: {
          line1: '12 Elm Street',
          city: 'Oakland',
          region: 'CA',
          postalCode: '94611',
          country: 'US',
        },
      });
      await notices.execute(requestId, 'request_extended', { facts: { reason: 'many systems' } });
      const { body: list } = await http()
        .get(`/api/v1/requests/${requestId}/correspondence`)
        .set('authorization', reader)
        .expect(200);
      const letter = list.find((message: { channel: string }) => message.channel === 'postal');
      const copy = await http()
        .get(`/api/v1/correspondence/${letter.id}/copy`)
        .set('authorization', reader)
        .buffer(true)
        .parse(binary)
        .expect(200);
      const text = pagesOf(copy.body as Buffer)
        .join(' ')
        .replace(/\s+/g, ' ');
      expect(text).not.toMatch(never);
      expect(text).toContain(says);
    },
  );

  it('prints a batch as one PDF with each letter on a fresh sheet, then records it mailed once', async () => {
    const letters = [
      await postalLetter(),
      await postalLetter(`${'our records show a different person at that address. '.repeat(60)}`),
      await postalLetter(),
    ];
    expect(letters.map(({ letter }) => letter.pages)).toEqual([1, 2, 1]);
    const { body: batch } = await http()
      .post('/api/v1/letter-batches')
      .set('authorization', staff)
      .send({ letterIds: letters.map(({ letter }) => letter.id) })
      .expect(201);
    expect(batch.letters).toBe(3);

    const { body: pdf } = await http()
      .get(`/api/v1/letter-batches/${batch.id}/pdf?cover=true`)
      .set('authorization', staff)
      .buffer(true)
      .parse(binary)
      .expect(200)
      .expect('content-type', 'application/pdf');
    expect(qpdfCheck(pdf as Buffer)).toContain('No syntax or stream encoding errors');
    const pages = pagesOf(pdf as Buffer);
    // One cover page whatever the batch's size: the counts a clerk checks, first and last letter.
    expect(pages[0]).toContain('3 letters on 4 sheets');
    expect(pages[0]).toContain(
      `First letter ${letters[0].letter.reference}, last letter ${letters[2].letter.reference}`,
    );
    // cover + blank, 1 + blank, 2, 1 + blank
    expect(pages).toHaveLength(8);
    for (const { street, letter } of letters) {
      const first = pages.findIndex((page) => page.includes(street));
      expect(first % 2).toBe(0); // 1-based page first + 1 is odd: the front of a sheet
      expect(pages[first]).toContain(`Reference: ${letter.reference}`);
      expect(pages[first]).toContain('page 1 of');
    }
    expect(pages.some((page) => page.includes('page 2 of 2'))).toBe(true);

    // Already batched letters cannot be batched again.
    await http()
      .post('/api/v1/letter-batches')
      .set('authorization', staff)
      .send({ letterIds: [letters[0].letter.id] })
      .expect(409);

    await http()
      .post(`/api/v1/letter-batches/${batch.id}/mailed`)
      .set('authorization', staff)
      .send({ mailedOn: '2026-12-01' })
      .expect(200, { id: batch.id, status: 'mailed', mailedOn: '2026-12-01', letters: 3 });
    const states = await api.dataSource.query(
      `SELECT l.status AS letter, l.mailed_on::text AS "mailedOn", c.status AS message
         FROM letters l JOIN correspondence c ON c.id = l.correspondence_id WHERE l.batch_id = $1`,
      [batch.id],
    );
    expect(states).toEqual(
      Array(3).fill({ letter: 'mailed', mailedOn: '2026-12-01', message: 'sent' }),
    );
    const [{ events }] = await api.dataSource.query(
      `SELECT count(*)::int AS events FROM request_events WHERE action = 'notice.mailed' AND request_id = ANY($1)`,
      [letters.map(({ requestId }) => requestId)],
    );
    expect(events).toBe(3);

    const again = await http()
      .post(`/api/v1/letter-batches/${batch.id}/mailed`)
      .set('authorization', staff)
      .send({ mailedOn: '2026-12-02' })
      .expect(409);
    expect(again.body.detail ?? again.body.message).toMatch(/already mailed/);
  });

  it('prints a posted code until the letter is mailed; the batch printed again for the records shows it in words', async () => {
    const intake = `Bearer ${await api.apiKey('requests:intake')}`;
    const street = `${Math.floor(Math.random() * 9000) + 100} Quill Street ${unique()}`;
    const { body: entered } = await http()
      .post('/api/v1/requests/intake')
      .set('authorization', intake)
      .send({
        manner: 'postal',
        receivedAt: new Date(Date.now() - 3600_000).toISOString(),
        request: {
          type: 'access',
          name: `Ida Feder ${unique()}`,
          postalAddress: { line1: street, city: 'Cork', postalCode: 'T12 X70A', country: 'IE' },
          residence: { country: 'IE' },
        },
      })
      .expect(201);
    const [letter] = await api.dataSource.query(
      `SELECT id FROM letters WHERE request_id = $1 AND kind = 'verification_letter'`,
      [entered.id],
    );
    const { body: batch } = await http()
      .post('/api/v1/letter-batches')
      .set('authorization', staff)
      .send({ letterIds: [letter.id] })
      .expect(201);
    const printed = async () => {
      const { body } = await http()
        .get(`/api/v1/letter-batches/${batch.id}/pdf`)
        .set('authorization', staff)
        .buffer(true)
        .parse(binary)
        .expect(200);
      return pagesOf(body as Buffer).join('\n');
    };
    const code = /Your code is (\d{6})\./.exec(await printed())?.[1];
    expect(code).toMatch(/^\d{6}$/);

    await http()
      .post(`/api/v1/letter-batches/${batch.id}/mailed`)
      .set('authorization', staff)
      .send({ mailedOn: '2026-12-01' })
      .expect(200);
    const archived = await printed();
    expect(archived).toContain(street);
    expect(archived).toContain('Your code is [the person’s one-time code].');
    expect(archived).not.toContain(code);
  });

  it('flags the request when a mailed letter comes back undelivered', async () => {
    const { requestId, letter } = await postalLetter();
    // Not mailed yet: nothing can have come back.
    await http()
      .post(`/api/v1/letters/${letter.id}/returned`)
      .set('authorization', staff)
      .send({ reason: 'Addressee unknown' })
      .expect(409);
    const { body: batch } = await http()
      .post('/api/v1/letter-batches')
      .set('authorization', staff)
      .send({ letterIds: [letter.id] })
      .expect(201);
    await http()
      .post(`/api/v1/letter-batches/${batch.id}/mailed`)
      .set('authorization', staff)
      .send({ mailedOn: '2026-12-01' })
      .expect(200);
    await http()
      .post(`/api/v1/letters/${letter.id}/returned`)
      .set('authorization', staff)
      .send({ reason: 'Addressee unknown' })
      .expect(200);

    const { body: status } = await http()
      .get(`/api/v1/requests/${requestId}`)
      .set('authorization', reader)
      .expect(200);
    expect(status.returnedMail).toMatchObject({ letterId: letter.id, reason: 'Addressee unknown' });
    const [event] = await api.dataSource.query(
      `SELECT data FROM request_events WHERE request_id = $1 AND action = 'notice.returned'`,
      [requestId],
    );
    expect(event.data).toMatchObject({ letterId: letter.id, reason: 'Addressee unknown' });
    const { body: list } = await http()
      .get(`/api/v1/requests/${requestId}/correspondence`)
      .set('authorization', reader)
      .expect(200);
    expect(list[1]).toMatchObject({
      channel: 'postal',
      status: 'failed',
      letter: { status: 'returned' },
    });
  });

  it('answers unknown ids with 404, bad input with 400 and missing scopes with 403', async () => {
    const nobody = '00000000-0000-4000-8000-000000000000';
    await http()
      .get(`/api/v1/letter-batches/${nobody}/pdf`)
      .set('authorization', staff)
      .expect(404);
    await http()
      .get('/api/v1/letter-batches/not-an-id/pdf')
      .set('authorization', staff)
      .expect(404);
    await http()
      .post(`/api/v1/letter-batches/${nobody}/mailed`)
      .set('authorization', staff)
      .send({ mailedOn: '2026-12-01' })
      .expect(404);
    await http()
      .post(`/api/v1/letters/${nobody}/returned`)
      .set('authorization', staff)
      .send({ reason: 'Moved' })
      .expect(404);
    await http()
      .post('/api/v1/letter-batches')
      .set('authorization', staff)
      .send({ letterIds: [nobody] })
      .expect(404);
    await http()
      .get(`/api/v1/correspondence/${nobody}/copy`)
      .set('authorization', reader)
      .expect(404);
    await http().get('/api/v1/letters?status=lost').set('authorization', staff).expect(400);
    await http()
      .post(`/api/v1/letter-batches/${nobody}/mailed`)
      .set('authorization', staff)
      .send({ mailedOn: '1 December' })
      .expect(400);
    await http()
      .post(`/api/v1/letters/${nobody}/returned`)
      .set('authorization', staff)
      .send({})
      .expect(400);
    await http().get('/api/v1/letters').set('authorization', reader).expect(403);
  });
});
