import request from 'supertest';
import { TestApi } from '../../support/api-app';
import { staffSession, type StaffSessionForTests } from '../../support/staff';
import { startAdminApi } from './admin.support';

/**
 * An installation with no approval policy set: a consent withdrawal takes effect at once. An
 * admin who wants an officer to look at each one first turns review on in the console's
 * settings; from the next withdrawal on, it waits, and the change is in the admins' audit log.
 */
describe('review of consent withdrawals, turned on by an admin in the console', () => {
  let api: TestApi;
  let admin: StaffSessionForTests;
  let writer: string;

  beforeAll(async () => {
    api = await startAdminApi('consent_review', {
      RATE_LIMIT_SIGN_IN_PER_IP: '1000',
      RATE_LIMIT_SUBMIT_PER_EMAIL: '1000',
    });
    admin = await staffSession(api, 'admin');
    writer = `Bearer ${await api.apiKey('requests:write')}`;
  }, 60_000);
  afterAll(() => api.close());

  const http = () => request(api.app.getHttpServer());
  const withdraw = async () =>
    (
      await http()
        .post('/api/v1/requests')
        .set('authorization', writer)
        .send({
          type: 'withdraw_consent',
          email: `p-${Math.random().toString(36).slice(2)}@example.org`,
          purposes: ['marketing_email'],
        })
        .expect(201)
    ).body as { status: string };
  const settingsPage = async () =>
    (await http().get('/console/admin/settings').set('Cookie', admin.cookie).expect(200)).text;
  const reviewBox = (page: string) =>
    /<input[^>]*name="reviewWithdrawals"[^>]*>/.exec(page.replace(/\s+/g, ' '))?.[0] ?? '';

  it('lets withdrawals take effect at once until an admin turns review on, then makes the next one wait', async () => {
    expect((await withdraw()).status).toBe('approved');
    const before = await settingsPage();
    expect(before).toContain('An officer reviews each consent withdrawal before it takes effect');
    expect(reviewBox(before)).not.toContain('checked');

    await http()
      .post('/console/admin/settings/auto_approval')
      .set('Cookie', admin.cookie)
      .type('form')
      .send({ _csrf: admin.csrfToken, reviewWithdrawals: 'yes' })
      .expect(303)
      .expect('location', '/console/admin/settings');
    expect(reviewBox(await settingsPage())).toContain('checked');

    expect((await withdraw()).status).toBe('awaiting_review');
    const events = await api.dataSource.query(
      `SELECT actor, action, data FROM admin_events WHERE action LIKE 'policy.%' ORDER BY seq`,
    );
    expect(events).toEqual([
      {
        actor: expect.any(String),
        action: 'policy.updated',
        data: {
          section: 'auto_approval',
          changed: { reviewWithdrawals: { from: false, to: true } },
        },
      },
    ]);

    // Turned off again, the next withdrawal takes effect at once.
    await http()
      .post('/console/admin/settings/auto_approval')
      .set('Cookie', admin.cookie)
      .type('form')
      .send({ _csrf: admin.csrfToken })
      .expect(303);
    expect((await withdraw()).status).toBe('approved');
  });
});
