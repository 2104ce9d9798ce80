import request from 'supertest';
import { TestApi } from '../../support/api-app';
import { staffSession, type StaffSessionForTests } from '../../support/staff';
import { editedDemoMap, startAdminApi } from './admin.support';

/** The admin console pages as a browser without JavaScript uses them (forms and redirects). */
describe('admin console pages', () => {
  let api: TestApi;
  let admin: StaffSessionForTests;

  beforeAll(async () => {
    api = await startAdminApi('pages', { RATE_LIMIT_SIGN_IN_PER_IP: '1000' });
    admin = await staffSession(api, 'admin');
  }, 60_000);
  afterAll(() => api.close());

  const http = () => request(api.app.getHttpServer());
  const get = (path: string, who = admin) => http().get(path).set('Cookie', who.cookie);
  const postForm = (path: string, form: Record<string, string | string[]>, who = admin) =>
    http()
      .post(path)
      .set('Cookie', who.cookie)
      .type('form')
      .send({ _csrf: who.csrfToken, ...form });
  /** The upload form is multipart; the browser vouches for it with Sec-Fetch-Site. */
  const upload = (yaml: string) =>
    http()
      .post('/console/admin/data-map/drafts')
      .set('Cookie', admin.cookie)
      .set('Sec-Fetch-Site', 'same-origin')
      .field('yaml', yaml);

  it('are for admins only: an officer is refused on the server', async () => {
    const officer = await staffSession(api, 'privacy_officer');
    for (const path of [
      '/console/admin/data-map',
      '/console/admin/settings',
      '/console/admin/queues',
    ]) {
      const page = await get(path, officer).expect(403);
      expect(page.text).toContain('This page needs the Admin role.');
    }
    await postForm('/console/admin/settings/letterhead/reset', {}, officer).expect(403);
    await http().get('/console/admin/data-map').expect(303);
  });

  it('lists every issue of an uploaded map by its path, and keeps the text for correcting', async () => {
    const yaml = await editedDemoMap((doc) =>
      doc.setIn(['systems', 'shop', 'tables', 'orders', 'erasure', 'period'], 'forever'),
    );
    const page = await upload(yaml).expect(400);
    expect(page.text).toContain('There is a problem');
    expect(page.text).toContain(
      'systems.shop.tables.orders.erasure.period: &quot;forever&quot; is not an ISO 8601 duration',
    );
    expect(page.text).toContain('period: forever'); // the pasted YAML, back in the text area
    const [row] = await api.dataSource.query('SELECT count(*)::int AS n FROM data_map_versions');
    expect(row.n).toBe(1);

    const empty = await upload('').expect(400);
    expect(empty.text).toContain('choose a YAML file or paste the map');
  });

  it('accepts a file upload, shows its changes and activates it only when confirmed', async () => {
    const yaml = await editedDemoMap((doc) =>
      doc.setIn(['systems', 'shop', 'tables', 'orders', 'retention', 'period'], 'P8Y'),
    );
    const uploaded = await http()
      .post('/console/admin/data-map/drafts')
      .set('Cookie', admin.cookie)
      .set('Sec-Fetch-Site', 'same-origin')
      .attach('file', Buffer.from(yaml), 'shop.v2.yaml')
      .expect(303);
    const draftPath = uploaded.headers.location as string;
    expect(draftPath).toMatch(/^\/console\/admin\/data-map\/drafts\/[0-9a-f-]{36}$/);

    const draft = await get(draftPath).expect(200);
    expect(draft.text).toContain('retention.period');
    expect(draft.text).toContain('&quot;P8Y&quot;');

    const unconfirmed = await postForm(`${draftPath}/activate`, { comparedWith: '1' }).expect(400);
    expect(unconfirmed.text).toContain('Confirm that you have reviewed the changes');

    await postForm(`${draftPath}/activate`, { comparedWith: '1', confirm: 'yes' })
      .expect(303)
      .expect('location', '/console/admin/data-map');
    const [version] = await api.dataSource.query(
      `SELECT version, activated_by FROM data_map_versions WHERE version = 2`,
    );
    expect(version.activated_by).toBe(`staff:${admin.id}`);
    const overview = await get('/console/admin/data-map').expect(200);
    expect(overview.text).toContain('Active: version 2');
    // Who activated it, by name: never the recorded `staff:<id>`.
    expect(overview.text).toContain(admin.name);
    expect(overview.text).not.toContain(`staff:${admin.id}`);

    const again = await postForm(`${draftPath}/activate`, { comparedWith: '2', confirm: 'yes' });
    expect(again.status).toBe(409);
  });

  it('saves a policy section, shows the default beside it, and refuses bad values in place', async () => {
    const refused = await postForm('/console/admin/settings/verification', {
      codeMinutes: 'thirty',
      maxAttempts: '5',
      codesPerHour: '5',
      expiryDays: '30',
      deleteSensitive: 'reasonably_high',
      deleteNotSensitive: 'reasonable',
      correctSensitive: 'reasonably_high',
      correctNotSensitive: 'reasonable',
      maxContradictions: '9',
    }).expect(400);
    expect(refused.text).toContain('Minutes a code works: must be a whole number');
    expect(refused.text).toContain('Contradictions tolerated: must be at most 3');
    expect(refused.text).toContain('value="thirty"');

    const saved = await postForm('/console/admin/settings/holidays', {
      ruleSets: 'us_federal',
      extraDays: '2026-12-24\n2026-12-31',
      workingDays: '',
    })
      .expect(303)
      .expect('location', '/console/admin/settings');
    // The browser brings back the one-time message cookie the redirect set.
    const flash = (saved.headers['set-cookie'] as unknown as string[])
      .find((cookie) => cookie.startsWith('rd_flash='))
      ?.split(';')[0];
    const page = await http()
      .get('/console/admin/settings')
      .set('Cookie', `${admin.cookie}; ${flash}`)
      .expect(200);
    expect(page.text).toContain('Holiday calendar saved.');
    expect(page.text).toContain('2026-12-24\n2026-12-31');
    expect(page.text).toContain(
      'Environment default: US federal holidays, California state holidays',
    );

    await postForm('/console/admin/settings/holidays/reset', {}).expect(303);
    const [row] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM policy_settings WHERE key = 'holidays'`,
    );
    expect(row.n).toBe(0);
  });

  it('tells an admin who saved a section, by name, and when, on the company clock', async () => {
    // Ada, another admin, saves the letterhead; the admin reading the page sees her name.
    const ada = await staffSession(api, 'admin');
    await postForm(
      '/console/admin/settings/holidays',
      { ruleSets: 'us_federal', extraDays: '', workingDays: '' },
      ada,
    ).expect(303);
    const savedBy = async () => {
      const page = await get('/console/admin/settings').expect(200);
      const section = /<section aria-labelledby="section-holidays"[\s\S]*?<form/.exec(page.text);
      return (section?.[0] ?? '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    };
    const named = await savedBy();
    expect(named).toMatch(
      new RegExp(
        `Saved \\d{1,2} \\w+ \\d{4}, \\d{2}:\\d{2} Pacific (Standard|Daylight) Time \\(America/Los_Angeles\\) by ${ada.name}\\.`,
      ),
    );
    expect(named).not.toContain('staff:');
    expect(named).not.toContain(ada.id);

    // Someone no longer on the staff list is not shown by an id either.
    await api.dataSource.query(
      `UPDATE policy_settings SET updated_by = 'staff:' || gen_random_uuid() WHERE key = 'holidays'`,
    );
    const removed = await savedBy();
    expect(removed).toMatch(/by an earlier administrator\./);
    expect(removed).not.toContain('staff:');

    await postForm('/console/admin/settings/holidays/reset', {}).expect(303);
  });

  it('shows queue health and refuses a form without the session token', async () => {
    const page = await get('/console/admin/queues').expect(200);
    expect(page.text).toContain('Outbox');
    expect(page.text).toContain('Fulfilment (carrying out approved requests)');
    await http()
      .post('/console/admin/queues/notices/retry-failed')
      .set('Cookie', admin.cookie)
      .type('form')
      .send({ _csrf: 'forged' })
      .expect(403);
    await get('/console/admin/queue-health')
      .expect(303)
      .expect('location', '/console/admin/queues');
  });
});
