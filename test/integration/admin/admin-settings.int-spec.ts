import request from 'supertest';
import { TestApi } from '../../support/api-app';
import { startAdminApi } from './admin.support';

describe('policy settings over /api/v1/admin/settings', () => {
  let api: TestApi;
  let admin: string;
  let writer: string;

  beforeAll(async () => {
    api = await startAdminApi('settings', {
      COMPANY_NAME: 'Example Shop',
      RATE_LIMIT_SUBMIT_PER_EMAIL: '1000',
    });
    admin = `Bearer ${await api.apiKey('admin:settings')}`;
    writer = `Bearer ${await api.apiKey('requests:write')}`;
  }, 60_000); // a fresh database, migrated: slow on a shared machine
  afterAll(() => api.close());

  const http = () => request(api.app.getHttpServer());
  const put = (section: string, body: unknown) =>
    http()
      .put(`/api/v1/admin/settings/${section}`)
      .set('authorization', admin)
      .send(body as object);
  const submitConsentWithdrawal = async () =>
    (
      await http()
        .post('/api/v1/requests')
        .set('authorization', writer)
        .send({
          type: 'withdraw_consent',
          email: `p-${Math.random().toString(36).slice(2)}@example.org`,
        })
        .expect(201)
    ).body as { status: string };

  it('shows every section with the environment’s default beside it', async () => {
    const { body } = await http()
      .get('/api/v1/admin/settings')
      .set('authorization', admin)
      .expect(200);
    expect(Object.keys(body.sections)).toEqual([
      'auto_approval',
      'verification',
      'holidays',
      'letterhead',
      'laws',
      'notifications',
    ]);
    expect(body.sections.notifications.default).toEqual({ dueSoonDays: 5 });
    expect(body.sections.letterhead).toEqual({
      value: expect.objectContaining({ companyName: 'Example Shop' }),
      default: expect.objectContaining({ companyName: 'Example Shop' }),
      overridden: false,
      updatedBy: null,
      updatedAt: null,
    });
    expect(body.sections.verification.default).toMatchObject({
      codeMinutes: 30,
      deleteSensitive: 'reasonably_high',
    });
    expect(body.sections.holidays.default.ruleSets).toEqual(['us_federal', 'california']);
  });

  it('refuses invalid settings with every problem named by its path, and saves nothing', async () => {
    const { body } = await put('holidays', {
      ruleSets: ['us_federal', 'atlantis'],
      extraDays: ['2026-02-30', 'tomorrow'],
      workingDays: [],
    }).expect(400);
    expect(body.errors).toEqual(
      expect.arrayContaining([
        { path: 'holidays.ruleSets.1', message: expect.any(String) },
        { path: 'holidays.extraDays.1', message: 'must be a date such as 2026-12-24' },
      ]),
    );
    const impossible = await put('holidays', {
      ruleSets: ['us_federal'],
      extraDays: ['2026-02-30'],
      workingDays: [],
    }).expect(400);
    // Well-formed but not a day of the calendar: caught by the holiday calendar's own check.
    expect(impossible.body.errors).toEqual([
      { path: 'holidays.extraDays.0', message: expect.stringMatching(/date/) },
    ]);
    await put('verification', { codeMinutes: 0 }).expect(400);
    await put('letterhead', ['not', 'an', 'object']).expect(400);
    await put('nonsense', {}).expect(404);
    const [row] = await api.dataSource.query('SELECT count(*)::int AS n FROM policy_settings');
    expect(row.n).toBe(0);
  });

  it('makes consent withdrawals wait for review from the next request once an admin turns it on, and back again', async () => {
    // The default: a withdrawal takes effect at once, no officer involved (GDPR Art. 7(3)).
    expect((await submitConsentWithdrawal()).status).toBe('approved');

    const saved = await put('auto_approval', { entries: [], reviewWithdrawals: true }).expect(200);
    expect(saved.body.sections.auto_approval).toMatchObject({
      value: { entries: [], reviewWithdrawals: true },
      default: { entries: [], reviewWithdrawals: false },
      overridden: true,
      updatedBy: expect.stringMatching(/^api:/),
    });
    expect((await submitConsentWithdrawal()).status).toBe('awaiting_review');

    await http()
      .delete('/api/v1/admin/settings/auto_approval')
      .set('authorization', admin)
      .expect(200);
    expect((await submitConsentWithdrawal()).status).toBe('approved');

    const events = await api.dataSource.query(
      `SELECT action, data FROM admin_events WHERE action LIKE 'policy.%' ORDER BY seq`,
    );
    expect(events).toEqual([
      {
        action: 'policy.updated',
        data: {
          section: 'auto_approval',
          changed: { reviewWithdrawals: { from: false, to: true } },
        },
      },
      { action: 'policy.reset', data: { section: 'auto_approval' } },
    ]);
  });

  it('puts a new letterhead on the privacy center at once', async () => {
    await put('letterhead', {
      companyName: 'Example Shop Europe S.L.',
      postalAddress: ['Calle Mayor 1', '28013 Madrid', 'Spain'],
      contactEmail: 'privacidad@example.es',
      paperSize: 'a4',
    }).expect(200);
    const home = await http().get('/').expect(200);
    expect(home.text).toContain('Example Shop Europe S.L.');
    expect(home.text).toContain('28013 Madrid');
  });

  it('refuses keys without the admin:settings scope', async () => {
    await http().get('/api/v1/admin/settings').set('authorization', writer).expect(403);
  });
});
