import request from 'supertest';
import { RenderNoticeUseCase } from '@rightsdesk/notices';
import { TestApi } from '../../support/api-app';
import { ownTestDatabase } from '../../support/fresh-database';
import { createTestRequest } from '../../support/requests';
import { StaffSessionForTests, staffSession } from '../../support/staff';
import { startConsole, visibleText } from './console.support';

/**
 * The print queue page: an officer batches the waiting letters, downloads the batch as one PDF,
 * records the day it was mailed and a letter the post brought back; bad dates are refused on
 * the page; an auditor sees the queue and can change nothing.
 */
describe('console print queue', () => {
  let api: TestApi;
  let officer: StaffSessionForTests;
  let auditor: StaffSessionForTests;
  let notices: RenderNoticeUseCase;

  beforeAll(async () => {
    // A database of its own: no other file's letters join this file's batch.
    api = await startConsole({
      DATABASE_URL: await ownTestDatabase('print_queue'),
      RATE_LIMIT_SUBMIT_PER_EMAIL: '1000',
    });
    officer = await staffSession(api, 'privacy_officer');
    auditor = await staffSession(api, 'auditor');
    // The api's own notice renderer: the letterhead in force is the configuration's.
    notices = api.app.get(RenderNoticeUseCase);
  });
  afterAll(() => api.close());

  const http = () => request(api.app.getHttpServer());
  const as = (session: StaffSessionForTests) => ({ Cookie: session.cookie });

  async function queuedLetter(): Promise<{ id: string; reference: string; requestId: string }> {
    const requestId = await createTestRequest(api.dataSource, {
      name: 'Zoë Núñez',
      answerChannel: 'postal',
      postalAddress: {
        line1: `${Math.floor(Math.random() * 9000) + 100} Ångström Way`,
        city: 'Oakland',
        region: 'CA',
        postalCode: '94611',
        country: 'US',
      },
    });
    await notices.execute(requestId, 'request_denied', { facts: { reason: 'Test.' } });
    const [letter] = await api.dataSource.query(
      `SELECT id, reference FROM letters WHERE request_id = $1`,
      [requestId],
    );
    return { ...letter, requestId };
  }

  it('batches, prints, records mailed and returned, with each step on the page', async () => {
    const letters = [await queuedLetter(), await queuedLetter()];
    const page = await http().get('/console/letters').set(as(officer)).expect(200);
    const text = visibleText(page.text);
    expect(text).toContain('Waiting to be printed (2)');
    for (const letter of letters) expect(text).toContain(letter.reference);

    const created = await http()
      .post('/console/letters/batches')
      .set(as(officer))
      .type('form')
      .send({ _csrf: officer.csrfToken })
      .expect(303);
    expect(created.headers.location).toBe('/console/letters');
    const [batch] = await api.dataSource.query(`SELECT batch_id AS id FROM letters WHERE id = $1`, [
      letters[0].id,
    ]);
    expect(batch.id).toEqual(expect.any(String));
    expect(visibleText((await http().get('/console/letters').set(as(officer))).text)).toContain(
      'Waiting to be printed (0)',
    );

    const pdf = await http()
      .get(`/console/letters/batches/${batch.id}/pdf?cover=true`)
      .set(as(officer))
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200)
      .expect('content-type', 'application/pdf');
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    expect((pdf.body as Buffer).subarray(-6).toString()).toContain('%%EOF');

    const field = `mailedOn-${batch.id}`;
    const future = await http()
      .post(`/console/letters/batches/${batch.id}/mailed`)
      .set(as(officer))
      .type('form')
      .send({ _csrf: officer.csrfToken, [field]: '2999-01-01' })
      .expect(400);
    expect(visibleText(future.text)).toContain('The mailed day cannot be in the future.');
    const nonsense = await http()
      .post(`/console/letters/batches/${batch.id}/mailed`)
      .set(as(officer))
      .type('form')
      .send({ _csrf: officer.csrfToken, [field]: '2026-02-30' })
      .expect(400);
    expect(visibleText(nonsense.text)).toContain('That day does not exist');
    const [{ status: stillOpen }] = await api.dataSource.query(
      'SELECT status FROM letter_batches WHERE id = $1',
      [batch.id],
    );
    expect(stillOpen).toBe('open');

    const today = new Intl.DateTimeFormat('en-CA', {
      timeZone: api.config.COMPANY_TIME_ZONE,
    }).format(new Date());
    await http()
      .post(`/console/letters/batches/${batch.id}/mailed`)
      .set(as(officer))
      .type('form')
      .send({ _csrf: officer.csrfToken, [field]: today })
      .expect(303);
    const mailed = await api.dataSource.query(
      `SELECT status, mailed_on::text AS mailed_on FROM letters WHERE batch_id = $1`,
      [batch.id],
    );
    expect(mailed).toEqual([
      { status: 'mailed', mailed_on: today },
      { status: 'mailed', mailed_on: today },
    ]);

    const empty = await http()
      .post(`/console/letters/${letters[1].id}/returned`)
      .set(as(officer))
      .type('form')
      .send({ _csrf: officer.csrfToken, [`reason-${letters[1].id}`]: '  ' })
      .expect(400);
    expect(visibleText(empty.text)).toContain('Say why the letter came back');
    await http()
      .post(`/console/letters/${letters[1].id}/returned`)
      .set(as(officer))
      .type('form')
      .send({ _csrf: officer.csrfToken, [`reason-${letters[1].id}`]: 'Addressee unknown' })
      .expect(303);
    const [{ status: returned }] = await api.dataSource.query(
      'SELECT status FROM letters WHERE id = $1',
      [letters[1].id],
    );
    expect(returned).toBe('returned');
    const [event] = await api.dataSource.query(
      `SELECT actor FROM request_events WHERE request_id = $1 AND action = 'notice.returned'`,
      [letters[1].requestId],
    );
    expect(event.actor).toContain(officer.id);
  });

  it.each<[string, string]>([
    ['an unknown batch', '/console/letters/batches/7d7c1b34-3c79-4b35-9c5b-4cfb43a4e7a1/pdf'],
    ['a batch id that is not one', '/console/letters/batches/not-an-id/pdf'],
  ])('answers %s with a page that says so', async (_case, path) => {
    const response = await http().get(path).set(as(officer)).expect(404);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(visibleText(response.text)).toMatch(/No letter batch/);
  });

  it("shows the dates of letters and batches in words, and each letter's language by name", async () => {
    const letter = await queuedLetter();
    const today = new Intl.DateTimeFormat('en-GB', {
      dateStyle: 'long',
      timeZone: api.config.COMPANY_TIME_ZONE,
    }).format(new Date());
    const page = await http().get('/console/letters').set(as(officer)).expect(200);
    const text = visibleText(page.text);
    const row = text.slice(text.indexOf(letter.reference), text.indexOf(letter.reference) + 120);
    expect(row).toContain(today);
    expect(row).toContain('English');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('lets an auditor read the queue but not act on it', async () => {
    const letter = await queuedLetter();
    const page = await http().get('/console/letters').set(as(auditor)).expect(200);
    expect(visibleText(page.text)).toContain(letter.reference);
    expect(page.text).not.toContain('action="/console/letters/batches"');
    const refused = await http()
      .post('/console/letters/batches')
      .set(as(auditor))
      .type('form')
      .send({ _csrf: auditor.csrfToken })
      .expect(403);
    expect(visibleText(refused.text)).toMatch(/Privacy officer|Admin/);
    const [{ status }] = await api.dataSource.query('SELECT status FROM letters WHERE id = $1', [
      letter.id,
    ]);
    expect(status).toBe('queued');
  });
});
