import request from 'supertest';
import { TestApi, startTestApi } from '../../support/api-app';
import { createTestRequest } from '../../support/requests';
import { staffSession } from '../../support/staff';
import { insertQueueRow } from './queue-rows.support';

/**
 * The console's queue and request pages over HTTP, with real sessions: who sees which forms, what
 * the server refuses whatever a page showed, and how a refused form comes back.
 */
describe('console review pages', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  const http = () => request(api.app.getHttpServer());
  const awaitingReview = () => createTestRequest(api.dataSource, { type: 'withdraw_consent' });
  const statusOf = async (id: string) =>
    (
      (await api.dataSource.query('SELECT status FROM requests WHERE id = $1', [id])) as Array<{
        status: string;
      }>
    )[0]!.status;

  it('shows an officer the queue with bulk actions and the request with its action forms', async () => {
    const id = await awaitingReview();
    const officer = await staffSession(api, 'privacy_officer');
    // Found by its reference: the shared test database holds many earlier runs' requests.
    const [{ reference }] = (await api.dataSource.query(
      'SELECT reference FROM requests WHERE id = $1',
      [id],
    )) as Array<{ reference: string }>;
    const queue = await http()
      .get(`/console/requests?type=withdraw_consent&q=${reference}`)
      .set('Cookie', officer.cookie)
      .expect(200);
    expect(queue.headers['content-security-policy']).toContain("default-src 'none'");
    expect(queue.text).toContain(`href="/console/requests/${id}"`);
    expect(queue.text).toContain('Approve selected');
    expect(queue.text).toMatch(/Awaiting review<\/a>:\s*<strong>\d+<\/strong>/);

    const page = await http()
      .get(`/console/requests/${id}`)
      .set('Cookie', officer.cookie)
      .expect(200);
    for (const action of [
      'approve',
      'deny',
      'extend',
      'request-information',
      'cancel',
      'notes',
      'assign',
    ]) {
      expect(page.text).toContain(`action="/console/requests/${id}/${action}"`);
    }
    expect(page.text).toContain('Identity could not be verified (CCPA regs 7022(a)');
    expect(page.text).toMatch(
      /The law gives us 45 days from the day we received your request, \d{1,2} \w+ \d{4} \(CCPA regs 7021\(b\)\)/,
    );
  });

  it('shows an officer the queue with its dates in words, never as ISO dates', async () => {
    const id = await awaitingReview();
    const officer = await staffSession(api, 'privacy_officer');
    const [{ reference, received }] = (await api.dataSource.query(
      `SELECT reference, to_char(received_at AT TIME ZONE $2, 'FMDD FMMonth YYYY') AS received
         FROM requests WHERE id = $1`,
      [id, api.config.COMPANY_TIME_ZONE],
    )) as Array<{ reference: string; received: string }>;
    const queue = await http()
      .get(`/console/requests?q=${reference}`)
      .set('Cookie', officer.cookie)
      .expect(200);
    // The request's row of the table, from its link to the row's end.
    const start = queue.text.indexOf(`href="/console/requests/${id}"`);
    const text = queue.text.slice(start, queue.text.indexOf('</tr>', start));
    expect(text).toContain(received);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it("names who did what in the timeline: staff by name, another system by its API key's name", async () => {
    const submitted = await http()
      .post('/api/v1/requests')
      .set('authorization', `Bearer ${await api.apiKey('requests:write')}`)
      .send({ type: 'access', email: `timeline-${Date.now()}@example.org` })
      .expect(201);
    const officer = await staffSession(api, 'privacy_officer');
    const page = await http()
      .get(`/console/requests/${submitted.body.id}`)
      .set('Cookie', officer.cookie)
      .expect(200);
    expect(page.text).toMatch(/<td>API key “test”<\/td>\s*<td>Request received<\/td>/);
    expect(page.text).not.toMatch(/>api:[0-9a-f-]{36}</);
  });

  it('looks the person up in both demo databases before approval, analytics through the shop', async () => {
    // Maria Kowalski has an account in the shop and visits in the analytics database. An earlier
    // run's request for her may still be open, which would make this one a cancelled duplicate.
    await api.dataSource.query(
      `UPDATE requests SET status = 'cancelled'
        WHERE status NOT IN ('completed', 'denied', 'cancelled', 'expired')
          AND subject_id IN (SELECT id FROM subject_identities
                              WHERE lower(email) = 'maria.kowalski@example.com')`,
    );
    const id = await createTestRequest(api.dataSource, {
      type: 'withdraw_consent',
      email: 'maria.kowalski@example.com',
    });
    const officer = await staffSession(api, 'privacy_officer');
    const page = await http()
      .get(`/console/requests/${id}`)
      .set('Cookie', officer.cookie)
      .expect(200);
    const row = /<td>analytics<\/td>\s*<td>lookup<\/td>\s*<td>[^<]*<\/td>\s*<td>(\d+)<\/td>/.exec(
      page.text,
    );
    expect(row).not.toBeNull();
    expect(Number(row?.[1])).toBeGreaterThan(0);
  });

  it('shows an auditor no action forms, and refuses their forged approval with 403', async () => {
    const id = await awaitingReview();
    const auditor = await staffSession(api, 'auditor');
    const queue = await http().get('/console/requests').set('Cookie', auditor.cookie).expect(200);
    expect(queue.text).not.toContain('Approve selected');
    const page = await http()
      .get(`/console/requests/${id}`)
      .set('Cookie', auditor.cookie)
      .expect(200);
    expect(page.text).not.toContain(`action="/console/requests/${id}/approve"`);
    expect(page.text).toContain('Your role can read this request but not act on it.');
    const forged = await http()
      .post(`/console/requests/${id}/approve`)
      .set('Cookie', auditor.cookie)
      .type('form')
      .send({ _csrf: auditor.csrfToken })
      .expect(403);
    expect(forged.text).toContain('needs the Admin or Privacy officer role');
    expect(await statusOf(id)).toBe('awaiting_review');
  });

  it('approves through the form and says so on the page it returns to', async () => {
    const id = await awaitingReview();
    const officer = await staffSession(api, 'privacy_officer');
    await http()
      .post(`/console/requests/${id}/approve`)
      .set('Cookie', officer.cookie)
      .type('form')
      .send({ _csrf: officer.csrfToken })
      .expect(303)
      .expect('location', `/console/requests/${id}`);
    expect(await statusOf(id)).toBe('approved');
    // Without the session's form token the post is refused, whatever the role.
    const other = await awaitingReview();
    await http()
      .post(`/console/requests/${other}/approve`)
      .set('Cookie', officer.cookie)
      .type('form')
      .send({})
      .expect(403);
    expect(await statusOf(other)).toBe('awaiting_review');
  });

  it('re-shows a denial without a basis with an error summary, and a stale action as a message', async () => {
    const id = await awaitingReview();
    const officer = await staffSession(api, 'privacy_officer');
    const refused = await http()
      .post(`/console/requests/${id}/deny`)
      .set('Cookie', officer.cookie)
      .type('form')
      .send({ _csrf: officer.csrfToken, basis: '', note: 'kept for the tax office' })
      .expect(400);
    expect(refused.text).toContain('There is a problem');
    expect(refused.text).toContain('href="#field-deny-basis"');
    expect(refused.text).toContain('kept for the tax office');
    expect(await statusOf(id)).toBe('awaiting_review');

    await http()
      .post(`/console/requests/${id}/cancel`)
      .set('Cookie', officer.cookie)
      .type('form')
      .send({ _csrf: officer.csrfToken, reason: 'duplicate by phone' })
      .expect(303);
    const agent = request.agent(api.app.getHttpServer());
    const stale = await agent
      .post(`/console/requests/${id}/approve`)
      .set('Cookie', officer.cookie)
      .type('form')
      .send({ _csrf: officer.csrfToken })
      .expect(303);
    const flash = /rd_flash=([^;]+)/.exec(String(stale.headers['set-cookie']))?.[1];
    const shown = await http()
      .get(`/console/requests/${id}`)
      .set('Cookie', `${officer.cookie}; rd_flash=${flash}`)
      .expect(200);
    expect(shown.text).toContain('Cannot approve a request that is cancelled.');
  });

  it('bulk approves from the queue and reports what could not be done', async () => {
    const first = await awaitingReview();
    const unverified = await createTestRequest(api.dataSource, { type: 'access' });
    const officer = await staffSession(api, 'admin');
    const done = await http()
      .post('/console/requests/bulk')
      .set('Cookie', officer.cookie)
      .type('form')
      .send(
        `_csrf=${officer.csrfToken}&action=approve&ids=${first}&ids=${unverified}&returnTo=%3Ftype%3Daccess`,
      )
      .expect(303)
      .expect('location', '/console/requests?type=access');
    expect(await statusOf(first)).toBe('approved');
    const flash = JSON.parse(
      Buffer.from(
        /rd_flash=([^;]+)/.exec(String(done.headers['set-cookie']))![1]!,
        'base64url',
      ).toString(),
    );
    expect(flash.kind).toBe('error');
    expect(flash.text).toMatch(
      /^Approved 1 of 2 requests\. Not done: RD-[\w-]+: cannot approve a request that is waiting for verification\.$/,
    );
  });

  it('answers an unknown request with a 404 page and a bad filter with the default view and a message', async () => {
    const officer = await staffSession(api, 'privacy_officer');
    const missing = await http()
      .get('/console/requests/00000000-0000-4000-8000-000000000000')
      .set('Cookie', officer.cookie)
      .expect(404);
    expect(missing.text).toContain('No request with that id');
    const bad = await http()
      .get('/console/requests?limit=abc')
      .set('Cookie', officer.cookie)
      .expect(400);
    expect(bad.text).toContain('The filter could not be used');
  });

  it('sends a signed-out visitor to sign in', async () => {
    await http()
      .get('/console/requests')
      .expect(303)
      .expect('location', /\/console\/sign-in\?next=/);
  });

  it('completes a waiting manual task with a note and a file, and retries a failed request', async () => {
    const officer = await staffSession(api, 'privacy_officer');
    const { id } = await insertQueueRow(api.dataSource, { status: 'in_progress', dueInDays: 20 });
    const [step] = (await api.dataSource.query(
      `INSERT INTO fulfilment_steps (request_id, action, source, status, planned)
       VALUES ($1, 'erase', 'paper_archive', 'waiting', $2) RETURNING id`,
      [
        id,
        JSON.stringify({
          task: 'manual',
          instructions: 'Shred the paper file',
          label: 'Paper archive',
        }),
      ],
    )) as Array<{ id: string }>;
    const page = await http()
      .get(`/console/requests/${id}`)
      .set('Cookie', officer.cookie)
      .expect(200);
    expect(page.text).toContain('Shred the paper file');
    expect(page.text).toContain(`action="/console/requests/${id}/tasks/${step!.id}/complete"`);
    const empty = await http()
      .post(`/console/requests/${id}/tasks/${step!.id}/complete`)
      .set('Cookie', officer.cookie)
      .set('Sec-Fetch-Site', 'same-origin')
      .field('note', '')
      .expect(303);
    expect(String(empty.headers['set-cookie'])).toContain('rd_flash=');
    await http()
      .post(`/console/requests/${id}/tasks/${step!.id}/complete`)
      .set('Cookie', officer.cookie)
      // A browser posting its own form says so; no other site can send this header.
      .set('Sec-Fetch-Site', 'same-origin')
      .field('note', 'Shredded by the archive team')
      .attach('file', Buffer.from('certificate of destruction'), {
        filename: 'certificate.txt',
        contentType: 'text/plain',
      })
      .expect(303);
    const [evidence] = (await api.dataSource.query(
      'SELECT note, file_name, completed_by FROM manual_task_evidence WHERE step_id = $1',
      [step!.id],
    )) as Array<{ note: string; file_name: string; completed_by: string }>;
    expect(evidence).toEqual({
      note: 'Shredded by the archive team',
      file_name: 'certificate.txt',
      completed_by: `staff:${officer.id}`,
    });

    const failed = await insertQueueRow(api.dataSource, { status: 'failed', dueInDays: 20 });
    await http()
      .post(`/console/requests/${failed.id}/retry`)
      .set('Cookie', officer.cookie)
      .type('form')
      .send({ _csrf: officer.csrfToken })
      .expect(303);
    expect(await statusOf(failed.id)).toBe('in_progress');
  });
});
