import request from 'supertest';
import { ApiKey, StaffUser } from '@rightsdesk/persistence';
import { StaffRole } from '@rightsdesk/staff';
import { TestApi } from '../../support/api-app';
import { StaffSessionForTests, staffSession } from '../../support/staff';
import { startConsole, visibleText } from './console.support';

const ROLES: readonly StaffRole[] = ['admin', 'privacy_officer', 'auditor'];

/** Every console page of this branch and the roles that may open it. */
const PAGES: ReadonlyArray<[string, readonly StaffRole[]]> = [
  ['/console', ROLES],
  ['/console/account', ROLES],
  ['/console/admin', ['admin']],
  ['/console/admin/users', ['admin']],
  ['/console/admin/users/new', ['admin']],
  ['/console/admin/api-keys', ['admin']],
  ['/console/letters', ROLES],
];

describe('console: each role is refused what it may not do', () => {
  let api: TestApi;
  const as: Partial<Record<StaffRole, StaffSessionForTests>> = {};
  let requestId: string;
  let statusToken: string;

  beforeAll(async () => {
    api = await startConsole();
    for (const role of ROLES) as[role] = await staffSession(api, role);
    const submitted = await http()
      .post('/api/v1/requests')
      .set('authorization', `Bearer ${await api.apiKey('requests:write')}`)
      .send({ type: 'access', email: `roles-${Date.now()}@example.org` })
      .expect(201);
    requestId = submitted.body.id;
    statusToken = submitted.body.statusToken;
  });
  afterAll(() => api.close());

  const http = () => request(api.app.getHttpServer());
  const session = (role: StaffRole) => as[role] as StaffSessionForTests;

  describe.each(PAGES)('page %s', (path, allowed) => {
    it.each(ROLES)('as %s', async (role) => {
      const response = await http().get(path).set('Cookie', session(role).cookie);
      if (allowed.includes(role)) {
        expect(response.status).toBe(200);
        return;
      }
      expect(response.status).toBe(403);
      expect(visibleText(response.text)).toContain('This page needs the Admin role.');
    });
  });

  it.each(['privacy_officer', 'auditor'] as const)(
    'refuses %s an admin action even with a valid form token, and changes nothing',
    async (role) => {
      const before = await api.dataSource.getRepository(ApiKey).count();
      await http()
        .post('/console/admin/api-keys')
        .set('Cookie', session(role).cookie)
        .type('form')
        .send({ _csrf: session(role).csrfToken, name: 'sneaky', scopes: 'requests:read' })
        .expect(403);
      await http()
        .post('/console/admin/users')
        .set('Cookie', session(role).cookie)
        .type('form')
        .send({
          _csrf: session(role).csrfToken,
          name: 'Eve',
          email: `eve-${role}@x.example`,
          role: 'admin',
        })
        .expect(403);
      await http()
        .post(`/console/admin/users/${session(role).id}/role`)
        .set('Cookie', session(role).cookie)
        .type('form')
        .send({ _csrf: session(role).csrfToken, role: 'admin' })
        .expect(403);
      expect(await api.dataSource.getRepository(ApiKey).count()).toBe(before);
      expect(
        await api.dataSource.getRepository(StaffUser).countBy({ email: `eve-${role}@x.example` }),
      ).toBe(0);
      const me = await api.dataSource
        .getRepository(StaffUser)
        .findOneByOrFail({ id: session(role).id });
      expect(me.role).toBe(role);
    },
  );

  it('refuses a console form without the session token, or with another session’s', async () => {
    const admin = session('admin');
    const before = await api.dataSource.getRepository(ApiKey).count();
    for (const token of [undefined, session('auditor').csrfToken, 'x'.repeat(43)]) {
      const response = await http()
        .post('/console/admin/api-keys')
        .set('Cookie', admin.cookie)
        .type('form')
        .send({ ...(token ? { _csrf: token } : {}), name: 'forged', scopes: 'requests:read' })
        .expect(403);
      expect(visibleText(response.text)).toContain(
        'This form has expired; reload the page and try again.',
      );
    }
    expect(await api.dataSource.getRepository(ApiKey).count()).toBe(before);
  });

  describe('the REST API with a console session', () => {
    it('lets every role read a request', async () => {
      for (const role of ROLES) {
        await http()
          .get(`/api/v1/requests/${requestId}`)
          .set('Cookie', session(role).cookie)
          .expect(200);
      }
    });

    it('refuses an auditor every change (403), leaving the request as it was', async () => {
      const auditor = session('auditor');
      const retry = await http()
        .post(`/api/v1/requests/${requestId}/retry`)
        .set('Cookie', auditor.cookie)
        .set('X-CSRF-Token', auditor.csrfToken)
        .expect(403);
      expect(retry.body.detail).toContain('"requests:manage" is needed');
      await http()
        .post('/api/v1/requests')
        .set('Cookie', auditor.cookie)
        .set('X-CSRF-Token', auditor.csrfToken)
        .send({ type: 'access', email: 'auditor-made@example.org' })
        .expect(403);
      const [row] = await api.dataSource.query('SELECT status FROM requests WHERE id = $1', [
        requestId,
      ]);
      expect(row.status).toBe('pending_verification');
    });

    it('lets an officer and an admin past the role check to the request rules', async () => {
      for (const role of ['privacy_officer', 'admin'] as const) {
        const response = await http()
          .post(`/api/v1/requests/${requestId}/retry`)
          .set('Cookie', session(role).cookie)
          .set('X-CSRF-Token', session(role).csrfToken)
          .expect(409); // allowed to try; only a failed request can be retried
        expect(response.body.code).toBe('invalid_state');
      }
    });

    it('refuses a change sent with the cookie but without the X-CSRF-Token header', async () => {
      const response = await http()
        .post(`/api/v1/requests/${requestId}/retry`)
        .set('Cookie', session('privacy_officer').cookie)
        .expect(403);
      expect(response.body.detail).toContain('X-CSRF-Token');
    });

    it('refuses an ended session', async () => {
      const gone = await staffSession(api, 'admin');
      await api.dataSource.query(
        `UPDATE staff_sessions SET ended_at = now() WHERE staff_user_id = $1`,
        [gone.id],
      );
      await http().get(`/api/v1/requests/${requestId}`).set('Cookie', gone.cookie).expect(401);
      await http().get('/console').set('Cookie', gone.cookie).expect(303);
    });
  });

  describe("a data subject's status token", () => {
    it('opens no console page, whether sent as a bearer token or as the session cookie', async () => {
      for (const path of ['/console', '/console/admin/users', '/console/account']) {
        await http()
          .get(path)
          .set('authorization', `Bearer ${statusToken}`)
          .expect(303)
          .expect('location', /^\/console\/sign-in\?next=/);
        await http().get(path).set('Cookie', `rd_staff=${statusToken}`).expect(303);
      }
    });

    it('reaches no staff API route, only its own request', async () => {
      await http()
        .get(`/api/v1/requests/${requestId}`)
        .set('authorization', `Bearer ${statusToken}`)
        .expect(200);
      const retry = await http()
        .post(`/api/v1/requests/${requestId}/retry`)
        .set('authorization', `Bearer ${statusToken}`)
        .expect(403);
      expect(retry.body.code).toBe('forbidden');
      await http().get('/api/v1/letters').set('authorization', `Bearer ${statusToken}`).expect(403);
    });
  });

  it('ends a deactivated member’s access on the very next request', async () => {
    const officer = await staffSession(api, 'privacy_officer');
    await http().get('/console').set('Cookie', officer.cookie).expect(200);
    await http()
      .post(`/console/admin/users/${officer.id}/deactivate`)
      .set('Cookie', session('admin').cookie)
      .type('form')
      .send({ _csrf: session('admin').csrfToken })
      .expect(303);
    await http().get('/console').set('Cookie', officer.cookie).expect(303);
    await http().get(`/api/v1/requests/${requestId}`).set('Cookie', officer.cookie).expect(401);
  });
});
