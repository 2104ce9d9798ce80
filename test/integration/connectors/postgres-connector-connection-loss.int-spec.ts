import { PostgresConnector } from '@rightsdesk/connectors';
import { Client } from 'pg';
import { TEST_ANALYTICS_DATABASE_URL } from '../../support/test-env';
import { emailOf, shopConnectors } from './postgres-connector.support';
import { streamAll } from './shop-lookup.support';

/**
 * A person's access package is read table by table through a streamed portal. When the database
 * drops that connection mid-read (a restart, a failover, an administrator's kill), the worker
 * must see a failed read it can retry, not an unhandled 'error' event that ends the process.
 */
describe(`${PostgresConnector.name} when the database drops the connection mid-read`, () => {
  const scenario = shopConnectors();
  const crashes: Error[] = [];
  const recordCrash = (error: Error) => crashes.push(error);
  let admin: Client;

  beforeAll(async () => {
    process.on('uncaughtException', recordCrash);
    admin = new Client({ connectionString: TEST_ANALYTICS_DATABASE_URL });
    await admin.connect();
  });

  afterAll(async () => {
    process.off('uncaughtException', recordCrash);
    await admin.end();
  });

  it('fails the read without crashing, and the next read of the person completes', async () => {
    const { analytics, analyticsPool, locateAnalytics } = scenario;
    const location = await locateAnalytics(emailOf('thousands-of-sessions'));
    const rows = analytics.streamTable(location, 'page_views')[Symbol.asyncIterator]();
    expect((await rows.next()).done).toBe(false);

    const { rowCount } = await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
       WHERE datname = current_database() AND pid <> pg_backend_pid() AND query LIKE '%page_views%'`,
    );
    expect(rowCount).toBe(1);
    const drain = async () => {
      while (!(await rows.next()).done) {
        /* the rest of the batch already received, then the lost connection */
      }
    };
    // "terminating connection", "Connection terminated" or "write EPIPE", by timing.
    await expect(drain()).rejects.toThrow();
    // The pg-cursor closes its portal on a dead socket after the error: that must not crash.
    await new Promise((settled) => setTimeout(settled, 200));
    expect(crashes).toEqual([]);

    expect(analyticsPool.totalCount - analyticsPool.idleCount).toBe(0);
    expect((await streamAll(analytics, location, 'sessions')).length).toBe(3000);
  });
});
