import { randomUUID } from 'node:crypto';
import { StaffUser } from '@rightsdesk/persistence';
import { base32Decode, hotp, totp, totpCounter } from '@rightsdesk/staff';
import { TestApi } from '../../support/api-app';
import { createStaffMember } from '../../support/staff';
import {
  browser,
  formToken,
  sessionCookieOf,
  signInThroughPage,
  startConsole,
  visibleText,
} from './console.support';

async function trySignIn(api: TestApi, email: string, password: string) {
  const agent = browser(api);
  const page = await agent.get('/console/sign-in').expect(200);
  return agent
    .post('/console/sign-in')
    .type('form')
    .send({ _csrf: formToken(page.text), email, password });
}

describe('console: lockout, two-step sign-in and session ends', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startConsole({ STAFF_LOCKOUT_ATTEMPTS: '3', STAFF_LOCKOUT_MINUTES: '15' });
  });
  afterAll(() => api.close());

  it('locks an account for 15 minutes after repeated failures, even for the right password', async () => {
    const member = await createStaffMember(api.dataSource, 'privacy_officer');
    await trySignIn(api, member.email, 'wrong password one').then((r) =>
      expect(r.status).toBe(401),
    );
    await trySignIn(api, member.email, 'wrong password two').then((r) =>
      expect(r.status).toBe(401),
    );
    const locked = await trySignIn(api, member.email, 'wrong password three');
    expect(locked.status).toBe(429);
    expect(visibleText(locked.text)).toContain(
      'Too many failed sign-ins: this account is locked for 15 minutes.',
    );
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(890);

    const right = await trySignIn(api, member.email, member.password);
    expect(right.status).toBe(429);
    expect(sessionCookieOf(right)).toBeUndefined();
    const [{ sessions }] = await api.dataSource.query(
      'SELECT count(*)::int AS sessions FROM staff_sessions WHERE staff_user_id = $1',
      [member.id],
    );
    expect(sessions).toBe(0);
    const [{ events }] = await api.dataSource.query(
      `SELECT count(*)::int AS events FROM request_events WHERE action = 'staff.locked_out' AND data->>'staffUserId' = $1`,
      [member.id],
    );
    expect(events).toBe(1);
  });

  it('locks an address with no account the same way, so lockout reveals nothing', async () => {
    const email = `nobody-${randomUUID().slice(0, 8)}@staff.example.com`;
    for (let attempt = 0; attempt < 2; attempt += 1) {
      expect((await trySignIn(api, email, 'guess guess guess')).status).toBe(401);
    }
    const locked = await trySignIn(api, email, 'guess guess guess');
    expect(locked.status).toBe(429);
    expect(visibleText(locked.text)).toContain('this account is locked for 15 minutes');
  });

  it('lets a member turn on an authenticator, then asks for its code at sign-in', async () => {
    const member = await createStaffMember(api.dataSource, 'auditor');
    const agent = await signInThroughPage(api, member);
    const account = await agent.get('/console/account').expect(200);
    expect(visibleText(account.text)).toContain('Two-step sign-in Off.');
    await agent
      .post('/console/account/two-step/start')
      .type('form')
      .send({ _csrf: formToken(account.text) })
      .expect(303)
      .expect('location', '/console/account/two-step');
    const setup = await agent.get('/console/account/two-step').expect(200);
    expect(setup.text).toContain('<svg aria-hidden="true"');
    const typed = /<code class="secret" id="totp-secret">([A-Z2-7 ]+)<\/code>/.exec(
      setup.text,
    )?.[1];
    const secret = base32Decode(typed ?? '') as Buffer;
    expect(secret).toHaveLength(20);

    const wrong = await agent
      .post('/console/account/two-step/confirm')
      .type('form')
      .send({
        _csrf: formToken(setup.text),
        code: '000000' === totp(secret, new Date()) ? '111111' : '000000',
      })
      .expect(400);
    expect(visibleText(wrong.text)).toContain('That code is not right.');
    await agent
      .post('/console/account/two-step/confirm')
      .type('form')
      .send({ _csrf: formToken(setup.text), code: totp(secret, new Date()) })
      .expect(303)
      .expect('location', '/console/account');
    const stored = await api.dataSource.getRepository(StaffUser).findOneByOrFail({ id: member.id });
    expect(stored.totpEnabledAt).not.toBeNull();
    expect(stored.totpSecret?.includes(secret)).toBe(false); // sealed, not stored in clear

    // A new sign-in: password first, then the code step, then the console.
    const second = browser(api);
    const page = await second.get('/console/sign-in').expect(200);
    await second
      .post('/console/sign-in')
      .type('form')
      .send({
        _csrf: formToken(page.text),
        email: member.email,
        password: member.password,
        next: '/console/account',
      })
      .expect(303)
      .expect('location', '/console/sign-in/code?next=%2Fconsole%2Faccount');
    await second.get('/console/account').expect(303); // not signed in yet
    const codePage = await second
      .get('/console/sign-in/code?next=%2Fconsole%2Faccount')
      .expect(200);
    const refused = await second
      .post('/console/sign-in/code')
      .type('form')
      .send({ _csrf: formToken(codePage.text), code: '12345', next: '/console/account' })
      .expect(400);
    expect(visibleText(refused.text)).toContain('Enter the 6 digits your authenticator app shows.');
    // The code already used to confirm enrolment cannot be replayed; the next step's code works.
    const next = hotp(secret, totpCounter(new Date()) + 1);
    const signedIn = await second
      .post('/console/sign-in/code')
      .type('form')
      .send({ _csrf: formToken(codePage.text), code: next, next: '/console/account' })
      .expect(303)
      .expect('location', '/console/account');
    expect(sessionCookieOf(signedIn)).toMatch(/HttpOnly/);
    const replay = browser(api);
    const replayPage = await replay.get('/console/sign-in').expect(200);
    await replay
      .post('/console/sign-in')
      .type('form')
      .send({ _csrf: formToken(replayPage.text), email: member.email, password: member.password })
      .expect(303);
    const replayCode = await replay.get('/console/sign-in/code').expect(200);
    await replay
      .post('/console/sign-in/code')
      .type('form')
      .send({ _csrf: formToken(replayCode.text), code: next })
      .expect(401);
  });

  it('refuses the code step without the password step', async () => {
    const agent = browser(api);
    await agent
      .get('/console/sign-in/code')
      .expect(303)
      .expect('location', '/console/sign-in?next=%2Fconsole');
    const page = await agent.get('/console/sign-in').expect(200);
    await agent
      .post('/console/sign-in/code')
      .type('form')
      .send({ _csrf: formToken(page.text), code: '123456' })
      .expect(303)
      .expect('location', '/console/sign-in?next=%2Fconsole');
  });

  it('ends a session after the idle time and at the absolute end', async () => {
    const member = await createStaffMember(api.dataSource, 'privacy_officer');
    const idle = await signInThroughPage(api, member);
    const absolute = await signInThroughPage(api, member);
    await idle.get('/console').expect(200);
    const [first, second] = (await api.dataSource.query(
      'SELECT id FROM staff_sessions WHERE staff_user_id = $1 ORDER BY created_at',
      [member.id],
    )) as Array<{ id: string }>;
    await api.dataSource.query(
      `UPDATE staff_sessions SET idle_expires_at = now() - interval '1 second' WHERE id = $1`,
      [first.id],
    );
    await api.dataSource.query(
      `UPDATE staff_sessions SET expires_at = now() - interval '1 second' WHERE id = $1`,
      [second.id],
    );
    await idle.get('/console').expect(303).expect('location', '/console/sign-in?next=%2Fconsole');
    await absolute.get('/console').expect(303);
  });

  it('signs out everywhere: every session of the member ends, others are untouched', async () => {
    const member = await createStaffMember(api.dataSource, 'admin');
    const other = await createStaffMember(api.dataSource, 'admin');
    const laptop = await signInThroughPage(api, member);
    const phone = await signInThroughPage(api, member);
    const colleague = await signInThroughPage(api, other);
    const account = await phone.get('/console/account').expect(200);
    expect(visibleText(account.text)).toContain('This browser');
    await phone
      .post('/console/sign-out-everywhere')
      .type('form')
      .send({ _csrf: formToken(account.text) })
      .expect(303)
      .expect('location', '/console/sign-in');
    await laptop.get('/console').expect(303);
    await phone.get('/console').expect(303);
    await colleague.get('/console').expect(200);
  });

  it('never sends a signed-in member to another site after sign-in', async () => {
    const member = await createStaffMember(api.dataSource, 'auditor');
    const agent = browser(api);
    const page = await agent.get('/console/sign-in?next=https://evil.example/console').expect(200);
    expect(page.text).toContain('name="next" value="/console"');
    await agent
      .post('/console/sign-in')
      .type('form')
      .send({
        _csrf: formToken(page.text),
        email: member.email,
        password: member.password,
        next: '//evil.example/x',
      })
      .expect(303)
      .expect('location', '/console');
  });
});
