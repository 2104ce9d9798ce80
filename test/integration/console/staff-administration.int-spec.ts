import { ParsedMail } from 'mailparser';
import request from 'supertest';
import { ApiKeyService } from '@rightsdesk/api-keys';
import { StaffUser, runMigrations } from '@rightsdesk/persistence';
import { TestApi, startTestApi } from '../../support/api-app';
import { freshDatabase } from '../../support/fresh-database';
import { SmtpSink } from '../../support/smtp-sink';
import { StaffSessionForTests, staffSession } from '../../support/staff';
import { TEST_DATABASE_URL } from '../../support/test-env';
import { browser, formToken, signInThroughPage, visibleText } from './console.support';

/** This file owns its database: "the last admin" must mean the last one in it. */
const DATABASE_URL = (() => {
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = '/rightsdesk_auth_admin_test';
  return url.toString();
})();

function sentTo(mail: ParsedMail): string {
  const to = mail.to;
  return (Array.isArray(to) ? to : to ? [to] : []).map((address) => address.text).join(', ');
}

describe('console: staff users and API keys (admins)', () => {
  let api: TestApi;
  let admin: StaffSessionForTests;
  const smtp = new SmtpSink();

  beforeAll(async () => {
    await freshDatabase(DATABASE_URL);
    await runMigrations(DATABASE_URL);
    api = await startTestApi({
      DATABASE_URL,
      SMTP_URL: await smtp.start(),
      PUBLIC_URL: 'http://localhost:3000',
      RATE_LIMIT_SIGN_IN_PER_IP: '1000',
    });
    admin = await staffSession(api, 'admin');
  }, 60_000);
  afterAll(async () => {
    await api.close();
    await smtp.stop();
  });

  const http = () => request(api.app.getHttpServer());
  const post = (path: string, form: Record<string, string | string[]>, as = admin) =>
    http()
      .post(path)
      .set('Cookie', as.cookie)
      .type('form')
      .send({ _csrf: as.csrfToken, ...form });
  const actionsBy = async (actor: string) =>
    (
      (await api.dataSource.query(
        'SELECT action FROM request_events WHERE actor = $1 AND request_id IS NULL ORDER BY seq',
        [actor],
      )) as Array<{ action: string }>
    ).map((row) => row.action);

  it('invites a member by email; they set a password and sign in with the role given', async () => {
    await post('/console/admin/users', {
      name: 'Olivia Officer',
      email: 'Olivia.Officer@Example.com',
      role: 'privacy_officer',
    })
      .expect(303)
      .expect('location', /^\/console\/admin\/users\/[0-9a-f-]{36}$/);
    const mail = await smtp.waitFor((message) =>
      sentTo(message).includes('olivia.officer@example.com'),
    );
    expect(mail.text).toContain(`${admin.name} has given you access`);
    const path = /http:\/\/localhost:3000(\/console\/password\/reset\/\S+)/.exec(
      mail.text ?? '',
    )?.[1];
    const agent = browser(api);
    const page = await agent.get(path as string).expect(200);
    expect(visibleText(page.text)).toContain('Set your password');
    await agent
      .post(path as string)
      .type('form')
      .send({
        _csrf: formToken(page.text),
        password: 'olivia picks a passphrase',
        confirm: 'olivia picks a passphrase',
      })
      .expect(303);
    const olivia = await signInThroughPage(api, {
      email: 'olivia.officer@example.com',
      password: 'olivia picks a passphrase',
    });
    const home = await olivia.get('/console').expect(200);
    expect(visibleText(home.text)).toContain('Your role is Privacy officer');

    const list = await http().get('/console/admin/users').set('Cookie', admin.cookie).expect(200);
    expect(visibleText(list.text)).toContain(
      'Olivia Officer olivia.officer@example.com Privacy officer Active',
    );
    expect(await actionsBy(`staff:${admin.id}`)).toContain('staff.invited');
  });

  it('refuses an invitation with missing or wrong fields, or an address already in use', async () => {
    const invalid = await post('/console/admin/users', {
      name: '',
      email: 'nope',
      role: 'owner',
    }).expect(400);
    const text = visibleText(invalid.text);
    expect(text).toContain('Enter their full name.');
    expect(text).toContain('Enter an email address like name@example.com.');
    expect(text).toContain('Choose a role: Admin, Privacy officer or Auditor.');
    const taken = await post('/console/admin/users', {
      name: 'Again',
      email: admin.email,
      role: 'auditor',
    }).expect(409);
    expect(visibleText(taken.text)).toContain(`${admin.email} already has a staff account (Admin)`);
    expect(await api.dataSource.getRepository(StaffUser).countBy({ name: 'Again' })).toBe(0);
  });

  it('never lets the last active admin be demoted or deactivated', async () => {
    const refused = await post(`/console/admin/users/${admin.id}/role`, { role: 'auditor' }).expect(
      409,
    );
    expect(visibleText(refused.text)).toContain(
      'You cannot change the role of the last active admin: make someone else an admin first.',
    );
    const second = await staffSession(api, 'admin');
    await post(`/console/admin/users/${second.id}/role`, { role: 'auditor' }).expect(303);
    await post(`/console/admin/users/${admin.id}/deactivate`, {}, admin).expect(409);
    const stillAdmin = await api.dataSource
      .getRepository(StaffUser)
      .findOneByOrFail({ id: admin.id });
    expect(stillAdmin).toMatchObject({ role: 'admin', deactivatedAt: null });
    // The demoted member's next request already has the new role.
    await http().get('/console/admin/users').set('Cookie', second.cookie).expect(403);
  });

  it('changes a role, deactivates and reactivates, and ends someone’s sessions', async () => {
    const member = await staffSession(api, 'auditor');
    await post(`/console/admin/users/${member.id}/role`, { role: 'privacy_officer' })
      .expect(303)
      .expect('location', `/console/admin/users/${member.id}`);
    const page = await http()
      .get(`/console/admin/users/${member.id}`)
      .set('Cookie', admin.cookie)
      .expect(200);
    expect(visibleText(page.text)).toContain('Role Privacy officer Status Active');
    await post(`/console/admin/users/${member.id}/role`, { role: 'owner' }).expect(400);

    await post(`/console/admin/users/${member.id}/sessions/end`, {}).expect(303);
    await http().get('/console').set('Cookie', member.cookie).expect(303);

    await post(`/console/admin/users/${member.id}/deactivate`, {}).expect(303);
    const refused = browser(api);
    const signIn = await refused.get('/console/sign-in').expect(200);
    await refused
      .post('/console/sign-in')
      .type('form')
      .send({ _csrf: formToken(signIn.text), email: member.email, password: member.password })
      .expect(401);
    await post(`/console/admin/users/${member.id}/reactivate`, {}).expect(303);
    await signInThroughPage(api, member);
    expect(await actionsBy(`staff:${admin.id}`)).toEqual(
      expect.arrayContaining([
        'staff.role_changed',
        'staff.sessions_ended',
        'staff.deactivated',
        'staff.reactivated',
      ]),
    );
  });

  it('answers an unknown staff id with a 404 page', async () => {
    await http().get('/console/admin/users/not-an-id').set('Cookie', admin.cookie).expect(404);
    await post('/console/admin/users/00000000-0000-4000-8000-000000000000/deactivate', {}).expect(
      404,
    );
  });

  it('creates an API key shown once, lists it by prefix, and revokes it', async () => {
    const created = await post('/console/admin/api-keys', {
      name: 'crm',
      scopes: ['requests:write', 'requests:read'],
    }).expect(201);
    const key = /<code class="secret">(rdk_[A-Za-z0-9]{10}_[A-Za-z0-9_-]{43})<\/code>/.exec(
      created.text,
    )?.[1];
    expect(key).toBeDefined();
    expect(created.headers['cache-control']).toBe('no-store');
    await http()
      .get('/api/v1/suppressions/check')
      .set('authorization', `Bearer ${key}`)
      .expect((response) => expect(response.status).not.toBe(401));

    const listed = await http()
      .get('/console/admin/api-keys')
      .set('Cookie', admin.cookie)
      .expect(200);
    expect(listed.text).not.toContain(key as string);
    expect(listed.text).toContain(`rdk_${(key as string).slice(4, 14)}_…`);
    expect(visibleText(listed.text)).toContain('crm');

    const principal = await api.app.get(ApiKeyService).authenticate(key as string);
    expect(principal?.scopes).toEqual(['requests:write', 'requests:read']);
    await post(`/console/admin/api-keys/${principal?.keyId}/revoke`, {})
      .expect(303)
      .expect('location', '/console/admin/api-keys');
    await http()
      .post('/api/v1/requests')
      .set('authorization', `Bearer ${key}`)
      .send({ type: 'access', email: 'after-revoke@example.org' })
      .expect(401);
    await post(`/console/admin/api-keys/${principal?.keyId}/revoke`, {}).expect(404);
    expect(await actionsBy(`staff:${admin.id}`)).toEqual(
      expect.arrayContaining(['api_key.created', 'api_key.revoked']),
    );
  });

  it('refuses a key without a name or scopes, or with a scope that does not exist', async () => {
    const refused = await post('/console/admin/api-keys', {
      name: '',
      scopes: 'everything',
    }).expect(400);
    expect(visibleText(refused.text)).toContain('Name the key after the system that will use it.');
    expect(visibleText(refused.text)).toContain('Unknown scope: everything.');
    const none = await post('/console/admin/api-keys', { name: 'no scopes' }).expect(400);
    expect(visibleText(none.text)).toContain('Choose at least one scope.');
  });

  it('seals every staff action into the same hash chain as request events', async () => {
    const { findChainBreak } = await import('@rightsdesk/persistence');
    const { sealAuditChain } = await import('@rightsdesk/requests');
    while ((await sealAuditChain(api.dataSource)) > 0);
    const rows = await api.dataSource.query(
      `SELECT seq::text, chain_seq::text AS "chainSeq", request_id AS "requestId", at, actor, action,
              from_status AS "fromStatus", to_status AS "toStatus", reason, data, prev_hash AS "prevHash", hash
       FROM request_events ORDER BY chain_seq`,
    );
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.every((row: { requestId: string | null }) => row.requestId === null)).toBe(true);
    expect(findChainBreak(rows)).toBeNull();
  });
});
