import { TestApi } from '../../support/api-app';
import { createTestRequest } from '../../support/requests';
import { createStaffMember } from '../../support/staff';
import { formToken, signInThroughPage, startConsole, visibleText } from './console.support';

/**
 * A staff member chooses on their account page how they hear of work (an email each time or a
 * daily digest), and every console page shows in its navigation what needs them.
 */
describe('console: how a staff member hears of work, and what needs them', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startConsole({ STAFF_DUE_SOON_DAYS: '5' });
  });
  afterAll(() => api.close());

  it('an officer switches to a daily digest on their account page', async () => {
    const officer = await createStaffMember(api.dataSource, 'privacy_officer');
    const agent = await signInThroughPage(api, officer);
    const page = await agent.get('/console/account').expect(200);
    expect(page.text).toMatch(/value="immediate"\s+checked/);

    await agent
      .post('/console/account/notifications')
      .type('form')
      .send({ _csrf: formToken(page.text), notifyBy: 'digest' })
      .expect(303)
      .expect('location', '/console/account');
    const saved = await agent.get('/console/account').expect(200);
    expect(visibleText(saved.text)).toContain(
      'Saved: One email a day listing everything (a daily digest).',
    );
    expect(saved.text).toMatch(/value="digest"\s+checked/);
    const [{ notify_by }] = (await api.dataSource.query(
      `SELECT notify_by FROM staff_users WHERE id = $1`,
      [officer.id],
    )) as Array<{ notify_by: string }>;
    expect(notify_by).toBe('digest');
  });

  it('a made-up choice is refused with a 400 and changes nothing', async () => {
    const officer = await createStaffMember(api.dataSource, 'privacy_officer');
    const agent = await signInThroughPage(api, officer);
    const page = await agent.get('/console/account').expect(200);
    const refused = await agent
      .post('/console/account/notifications')
      .type('form')
      .send({ _csrf: formToken(page.text), notifyBy: 'hourly' });
    expect(refused.status).toBe(400);
    expect(visibleText(refused.text)).toContain('Choose immediate emails or a daily digest.');
    const again = await agent.get('/console/account').expect(200);
    expect(again.text).toMatch(/value="immediate"\s+checked/);
  });

  it('the navigation counts what is assigned to the officer, due soon and failed', async () => {
    const officer = await createStaffMember(api.dataSource, 'privacy_officer');
    const [dueSoon, later, failed] = [
      await createTestRequest(api.dataSource),
      await createTestRequest(api.dataSource),
      await createTestRequest(api.dataSource),
    ];
    await api.dataSource.query(
      `UPDATE requests SET assignee_id = $1,
              due_at = now() + CASE WHEN id = $2 THEN interval '2 days' ELSE interval '30 days' END,
              status = CASE WHEN id = $3 THEN 'failed' ELSE status END
        WHERE id = ANY($4::uuid[])`,
      [officer.id, dueSoon, failed, [dueSoon, later, failed]],
    );
    const agent = await signInThroughPage(api, officer);
    const page = await agent.get('/console/account').expect(200);
    const nav = /<nav class="console-nav"[\s\S]*?<\/nav>/.exec(page.text)?.[0] ?? '';
    expect(visibleText(nav)).toContain('Needs you: 3 assigned to you 1 due within 5 days 1 failed');
    expect(nav).toContain('href="/console/requests?status=failed&amp;assignee=me"');
  });

  it('an admin widens "due soon" in the policy settings, and the count follows', async () => {
    const admin = await createStaffMember(api.dataSource, 'admin');
    const officer = await createStaffMember(api.dataSource, 'privacy_officer');
    const inEightDays = await createTestRequest(api.dataSource);
    await api.dataSource.query(
      `UPDATE requests SET assignee_id = $1, due_at = now() + interval '8 days' WHERE id = $2`,
      [officer.id, inEightDays],
    );
    const adminAgent = await signInThroughPage(api, admin);
    const settings = await adminAgent.get('/console/admin/settings').expect(200);
    expect(visibleText(settings.text)).toContain('Staff notifications');
    const post = (path: string, fields: Record<string, string>) =>
      adminAgent
        .post(path)
        .type('form')
        .send({ _csrf: formToken(settings.text), ...fields });
    const refused = await post('/console/admin/settings/notifications', { dueSoonDays: '0' });
    expect(refused.status).toBe(400);
    expect(visibleText(refused.text)).toContain('must be at least 1');
    await post('/console/admin/settings/notifications', { dueSoonDays: '10' }).expect(303);
    try {
      const agent = await signInThroughPage(api, officer);
      const page = await agent.get('/console/account').expect(200);
      const nav = /<nav class="console-nav"[\s\S]*?<\/nav>/.exec(page.text)?.[0] ?? '';
      expect(visibleText(nav)).toContain('1 assigned to you 1 due within 10 days 0 failed');
    } finally {
      await post('/console/admin/settings/notifications/reset', {}).expect(303);
    }
  });
});
