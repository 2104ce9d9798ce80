import 'reflect-metadata';
import { Client } from 'pg';
import { seedShop } from '@demo/shop';
import { waitUntil } from '../support/app-processes';
import { databasesOnlySettings } from '../support/database-only-data-map';
import { E2eRightsdesk } from '../support/e2e-harness';
import { PrivatePostgres } from '../support/private-postgres';

/**
 * The shop's Postgres restarts (crashes, then starts again) while the worker streams a person's
 * page views into their access package: the worker stays up, the interrupted read is retried,
 * and the person gets their package once.
 */
describe("the shop's database restarting mid-read", () => {
  let postgres: PrivatePostgres;
  let shopUrl: string;
  const rightsdesk = new E2eRightsdesk({
    name: 'pgrestart',
    smtp: true,
    env: async () => {
      postgres = await PrivatePostgres.started();
      shopUrl = await postgres.createDatabase('rightsdesk_shop');
      await seedShop({ databaseUrl: shopUrl, people: 300 });
      return {
        SHOP_DATABASE_URL: shopUrl,
        ...(await databasesOnlySettings()),
      };
    },
  });
  const smtp = rightsdesk.smtp;

  beforeAll(() => rightsdesk.start(), 180_000);

  afterAll(async () => {
    await rightsdesk.stop();
    await postgres?.stop();
  });

  /** Whether a worker's connection is streaming page views out of the analytics database. */
  async function streamingPageViews(): Promise<boolean> {
    const probe = new Client({ connectionString: postgres.url('postgres') });
    probe.on('error', () => undefined);
    try {
      await probe.connect();
      const { rows } = await probe.query(
        `SELECT 1 FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND query LIKE '%page_views%'`,
      );
      return rows.length > 0;
    } catch {
      return false;
    } finally {
      await probe.end().catch(() => undefined);
    }
  }

  it('keeps the worker alive and completes the access request once', async () => {
    const writer = await rightsdesk.apiKey('pgrestart', ['requests:write']);
    const submitted = (
      await rightsdesk.http.personInFranceAsks(writer, 'sam.rivera@example.com', 'access')
    ).body;
    expect((await rightsdesk.http.enterEmailedCode(smtp, submitted)).body.status).toBe('approved');

    await waitUntil(streamingPageViews, 60_000, () => 'the worker to stream the page views');
    await postgres.crash();
    await postgres.start();

    await smtp.waitFor(
      (message) =>
        message.subject === `Your data access request ${submitted.reference} is complete`,
      90_000,
    );
    expect(rightsdesk.worker.running).toBe(true);
    expect(rightsdesk.worker.output).not.toMatch(/Unhandled 'error' event/);
    const [counts] = await rightsdesk.dataSource.query(
      `SELECT
         (SELECT count(*)::int FROM request_events WHERE request_id = $1 AND action = 'request.complete') AS completions,
         (SELECT count(*)::int FROM access_packages WHERE request_id = $1 AND status = 'ready') AS ready`,
      [submitted.id],
    );
    expect(counts).toEqual({ completions: 1, ready: 1 });
  }, 240_000);
});
