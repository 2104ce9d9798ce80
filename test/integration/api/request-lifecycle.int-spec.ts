import { dateInWords } from '@rightsdesk/messages';
import { ExpireUnverifiedRequestsUseCase } from '@rightsdesk/intake';
import { TestApi } from '../../support/api-app';
import { requestLifecycleApi } from './request-lifecycle.support';

/**
 * A request's life over the REST API: a company system submits with its key; the person proves
 * who they are with the emailed code (and data points where the tier asks), holding only the
 * status token the submission returned.
 */
describe('request lifecycle over the REST API', () => {
  const lifecycle = requestLifecycleApi('lifecycle');
  const { http, submit, verify, codeOf, unique } = lifecycle;
  let api: TestApi;
  beforeAll(() => {
    api = lifecycle.api;
  });

  it('verifies a Californian copy request with the code, matching data points and a declaration, then queues it for review', async () => {
    const { body: submitted } = await submit({
      type: 'access',
      email: 'morgan.ellis@example.com',
      residence: { country: 'US', region: 'CA' },
    });
    expect(submitted).toMatchObject({ status: 'pending_verification', regime: 'ccpa' });
    expect(submitted.dueExplanation).toMatch(
      /45 days from the day we received your request.*\(CCPA regs 7021\(b\)\)/,
    );
    expect(submitted.acknowledgeExplanation).toMatch(/10 business days/);

    // The code alone is not enough for specific pieces of data (regs 7062: reasonably high).
    const code = await codeOf(submitted.id);
    const first = await verify(submitted.id, submitted.statusToken, { code }).expect(200);
    expect(first.body).toMatchObject({
      status: 'pending_verification',
      outcome: 'needs_more',
      missing: expect.arrayContaining(['data_points', 'signed_declaration']),
    });

    const second = await verify(submitted.id, submitted.statusToken, {
      name: 'Morgan Ellis',
      phone: '(415) 555-0142',
      signedDeclaration: true,
    }).expect(200);
    expect(second.body).toMatchObject({ status: 'awaiting_review', outcome: 'verified' });

    const status = await http()
      .get(`/api/v1/requests/${submitted.id}`)
      .set('authorization', `Bearer ${submitted.statusToken}`)
      .expect(200);
    expect(status.body.verification).toMatchObject({
      outcome: 'verified',
      required: 'reasonably_high',
      signedDeclaration: true,
    });
    expect(status.body.verification.dataPoints).toMatchObject({
      name: 'matched',
      phone: 'matched',
    });
    // The person's data itself never appears in the status answer.
    expect(JSON.stringify(status.body)).not.toMatch(/morgan|555-0142/i);

    const timeline = await http()
      .get(`/api/v1/requests/${submitted.id}/events`)
      .set('authorization', `Bearer ${submitted.statusToken}`)
      .expect(200);
    expect(timeline.body.events.map((event: { action: string }) => event.action)).toEqual(
      expect.arrayContaining([
        'request.received',
        'verification.email_confirmed',
        'verification.needs_more',
        'request.verify',
        'request.submit_for_review',
      ]),
    );
  });

  it('counts wrong codes, says how many attempts are left, and locks the code after the last', async () => {
    const { body: submitted } = await submit({ type: 'access', email: unique() });
    const code = await codeOf(submitted.id);
    const wrong = code === '000000' ? '111111' : '000000';

    const once = await verify(submitted.id, submitted.statusToken, { code: wrong }).expect(400);
    expect(once.body.detail).toBe('That code is not right. 2 attempts left.');
    await verify(submitted.id, submitted.statusToken, { code: wrong }).expect(400);
    const locked = await verify(submitted.id, submitted.statusToken, { code: wrong }).expect(410);
    expect(locked.body.detail).toMatch(/Too many wrong codes/);
    // Even the right code no longer works; a new one must be asked for.
    await verify(submitted.id, submitted.statusToken, { code }).expect(410);

    await http()
      .post(`/api/v1/requests/${submitted.id}/verification/code`)
      .set('authorization', `Bearer ${submitted.statusToken}`)
      .expect(202);
    const fresh = await codeOf(submitted.id);
    const ok = await verify(submitted.id, submitted.statusToken, { code: fresh }).expect(200);
    expect(ok.body.status).toBe('pending_verification'); // a copy needs more than the code
    expect(ok.body.missing).toContain('data_points');
  });

  it('throttles new codes per request with a 429 that says when to ask again', async () => {
    const { body: submitted } = await submit({ type: 'access', email: unique() });
    const resend = () =>
      http()
        .post(`/api/v1/requests/${submitted.id}/verification/code`)
        .set('authorization', `Bearer ${submitted.statusToken}`);
    for (let sent = 1; sent < 5; sent += 1) await resend().expect(202); // 5 codes in all
    const refused = await resend().expect(429);
    expect(refused.body.detail).toMatch(
      /^5 codes for this request were sent in the last hour; ask again in \d+ minutes\.$/,
    );
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(3000);
    // The last code sent still works.
    const code = await codeOf(submitted.id);
    await verify(submitted.id, submitted.statusToken, { code }).expect(200);
  });

  it('expires a request never verified in the configured time, and tells the person', async () => {
    const pending = (await submit({ type: 'access', email: unique() })).body;
    const withdrawn = (await submit({ type: 'withdraw_consent', email: unique() })).body;
    const expiry = api.app.get(ExpireUnverifiedRequestsUseCase);
    // Not yet: 30 days (VERIFICATION_EXPIRY_DAYS) have not passed.
    await expiry.runOnce(new Date(Date.now() + 29 * 24 * 3600_000), 10_000);
    const statusOf = async (id: string) =>
      (await api.dataSource.query('SELECT status FROM requests WHERE id = $1', [id]))[0].status;
    expect(await statusOf(pending.id)).toBe('pending_verification');

    await expiry.runOnce(new Date(Date.now() + 32 * 24 * 3600_000), 10_000);
    expect(await statusOf(pending.id)).toBe('expired');
    expect(await statusOf(withdrawn.id)).toBe('approved'); // never needed verifying
    const [notice] = await api.dataSource.query(
      `SELECT kind, channel FROM correspondence WHERE request_id = $1 AND kind = 'request_expired'`,
      [pending.id],
    );
    expect(notice).toEqual({ kind: 'request_expired', channel: 'email' });
    const [event] = await api.dataSource.query(
      `SELECT actor, reason FROM request_events WHERE request_id = $1 AND action = 'request.expire'`,
      [pending.id],
    );
    expect(event).toEqual({ actor: 'system', reason: 'identity was not confirmed in time' });
  });

  it('takes a consent withdrawal without any proof of identity or review (GDPR 7(3))', async () => {
    const { body } = await submit({
      type: 'withdraw_consent',
      email: unique(),
      purposes: ['marketing_email'],
    });
    expect(body.status).toBe('approved');
    const [emails] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM correspondence WHERE request_id = $1 AND kind = 'verification_code'`,
      [body.id],
    );
    expect(emails.n).toBe(0);
    // Receipt is confirmed all the same (regs 7021(a)), with the date to expect an answer.
    const [received] = await api.dataSource.query(
      `SELECT subject, body_text FROM correspondence WHERE request_id = $1 AND kind = 'request_received'`,
      [body.id],
    );
    expect(received.subject).toContain(body.reference);
    // The date as a sentence, the rule on its own line (issue 12).
    expect(received.body_text).toContain(`We will answer by ${dateInWords(body.dueOn, 'en')}.\n\n`);
  });
});
