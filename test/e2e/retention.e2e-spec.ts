import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { AppProcess, waitUntil } from '../support/app-processes';
import { E2eRightsdesk } from '../support/e2e-harness';

describe('the worker keeps requests only as long as the retention period', () => {
  // Its own database, migrated before the worker starts: the test writes requests first.
  const rightsdesk = new E2eRightsdesk({ name: 'retention', migrate: true, apps: [] });
  let worker: AppProcess | undefined;
  let db: DataSource;

  beforeAll(async () => {
    await rightsdesk.start();
    db = rightsdesk.dataSource;
  }, 60_000);
  afterAll(() => rightsdesk.stop());

  it('purges a request closed three years ago on its own, audits it, and keeps the log line', async () => {
    const insert = async (reference: string, closedYearsAgo: number) => {
      const [subject] = (await db.query(
        `INSERT INTO subject_identities (email, name, phone) VALUES ($1, 'Ana Pérez', '555-0100') RETURNING id`,
        [`${reference.toLowerCase()}@example.org`],
      )) as Array<{ id: string }>;
      const [request] = (await db.query(
        `INSERT INTO requests (reference, type, status, regime, manner, answer_channel, language,
           subject_id, received_at, due_at, due_explanation, completed_at)
         VALUES ($1, 'access', 'completed', 'ccpa', 'web', 'email', 'en', $2,
           now() - make_interval(years => $3, days => 20), now() - make_interval(years => $3) + interval '25 days',
           'fixture', now() - make_interval(years => $3))
         RETURNING id`,
        [reference, subject.id, closedYearsAgo],
      )) as Array<{ id: string }>;
      return request.id;
    };
    const old = await insert('RD-OLD', 3);
    await insert('RD-RECENT', 1);

    worker = await rightsdesk.startApp('worker');

    const purged = await waitUntil(
      async () =>
        (
          (await db.query(
            `SELECT e.actor, e.data FROM request_events e
             WHERE e.request_id = $1 AND e.action = 'request.personal_data_purged'`,
            [old],
          )) as Array<{ actor: string; data: Record<string, number> }>
        )[0],
      30_000,
      () => `the purge of RD-OLD; worker output:\n${worker?.output}`,
    );
    expect(purged).toMatchObject({ actor: 'system', data: { identity: 1, retentionMonths: 24 } });
    const identities = (await db.query(
      `SELECT r.reference, s.email, s.name, s.phone, r.status, r.personal_data_purged_at IS NOT NULL AS purged
       FROM requests r JOIN subject_identities s ON s.id = r.subject_id ORDER BY r.reference`,
    )) as Array<Record<string, unknown>>;
    expect(identities).toEqual([
      {
        reference: 'RD-OLD',
        email: '',
        name: null,
        phone: null,
        status: 'completed',
        purged: true,
      },
      {
        reference: 'RD-RECENT',
        email: 'rd-recent@example.org',
        name: 'Ana Pérez',
        phone: '555-0100',
        status: 'completed',
        purged: false,
      },
    ]);
  }, 120_000);
});
