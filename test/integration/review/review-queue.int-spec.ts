import request from 'supertest';
import { runMigrations } from '@rightsdesk/persistence';
import { TestApi, startTestApi } from '../../support/api-app';
import { freshDatabase } from '../../support/fresh-database';
import { TEST_DATABASE_URL } from '../../support/test-env';
import { createStaffMember } from '../../support/staff';
import { insertQueueRow } from './queue-rows.support';

/** Its own database, so the counts and orders below are exactly this file's rows. */
const QUEUE_DATABASE_URL = TEST_DATABASE_URL.replace(/\/[^/]+$/, '/rightsdesk_review_queue_test');

describe('the review queue over the REST API', () => {
  let api: TestApi;
  let reader: string;
  let officer: string;
  const rows: Record<string, { id: string; reference: string; email: string }> = {};

  beforeAll(async () => {
    await freshDatabase(QUEUE_DATABASE_URL);
    await runMigrations(QUEUE_DATABASE_URL);
    api = await startTestApi({ DATABASE_URL: QUEUE_DATABASE_URL });
    reader = `Bearer ${await api.apiKey('requests:read')}`;
    officer = (await createStaffMember(api.dataSource, 'privacy_officer', { name: 'Olu Officer' }))
      .id;
    const ds = api.dataSource;
    rows.review = await insertQueueRow(ds, {
      status: 'awaiting_review',
      type: 'delete',
      dueInDays: 3,
      receivedDaysAgo: 42,
    });
    rows.late = await insertQueueRow(ds, {
      status: 'needs_info',
      regime: 'gdpr',
      manner: 'postal',
      channel: 'postal',
      dueInDays: -1.5,
      receivedDaysAgo: 32,
      assigneeId: officer,
    });
    rows.unverified = await insertQueueRow(ds, {
      status: 'pending_verification',
      dueInDays: 20,
      receivedDaysAgo: 25,
    });
    rows.done = await insertQueueRow(ds, { status: 'completed', type: 'correct', dueInDays: -30 });
    rows.working = await insertQueueRow(ds, {
      status: 'in_progress',
      type: 'withdraw_consent',
      regime: 'vcdpa',
      manner: 'api',
      dueInDays: 10,
      receivedDaysAgo: 5,
      email: 'Mixed.Case@Example.org'.toLowerCase(),
    });
    rows.failed = await insertQueueRow(ds, {
      status: 'failed',
      type: 'delete',
      dueInDays: 1.5,
      receivedDaysAgo: 1,
    });
  }, 60_000);
  afterAll(() => api.close());

  const list = (query: Record<string, string | string[]> = {}) =>
    request(api.app.getHttpServer())
      .get('/api/v1/requests')
      .query(query)
      .set('authorization', reader);
  const references = (body: { rows: Array<{ reference: string }> }) =>
    body.rows.map((row) => row.reference);

  it('lists open, verified requests soonest due first, with time left in words and marks', async () => {
    const { body } = await list().expect(200);
    expect(references(body)).toEqual([
      rows.late!.reference,
      rows.failed!.reference,
      rows.review!.reference,
      rows.working!.reference,
    ]);
    const [late, failed, , working] = body.rows;
    expect(late).toMatchObject({
      urgency: 'overdue',
      timeLeft: { state: 'overdue' },
      assignee: { id: officer, name: 'Olu Officer' },
    });
    expect(late.timeLeft.text).toMatch(/^\d days? overdue$/);
    expect(failed.urgency).toBe('due_soon');
    expect(working).toMatchObject({
      urgency: 'on_track',
      subject: { email: 'mixed.case@example.org' },
    });
    // Counts per status cover the open statuses under the other filters, hidden ones included.
    expect(body.countsByStatus).toEqual({
      received: 0,
      pending_verification: 1,
      verified: 0,
      awaiting_review: 1,
      needs_info: 1,
      approved: 0,
      in_progress: 1,
      failed: 1,
    });
    const closed = await list({ state: 'closed' }).expect(200);
    expect(closed.body.countsByStatus).toEqual({
      completed: 1,
      denied: 0,
      cancelled: 0,
      expired: 0,
    });
    expect(body.nextCursor).toBeNull();
  });

  it('shows unverified requests when "hide unverified" is off, and closed ones when asked', async () => {
    expect(references((await list({ hideUnverified: 'false' }).expect(200)).body)).toContain(
      rows.unverified!.reference,
    );
    expect(references((await list({ state: 'closed' }).expect(200)).body)).toEqual([
      rows.done!.reference,
    ]);
    expect(references((await list({ status: 'pending_verification' }).expect(200)).body)).toEqual([
      rows.unverified!.reference,
    ]);
  });

  it.each<[string, Record<string, string | string[]>, string[]]>([
    ['type', { type: 'delete' }, ['failed', 'review']],
    ['several types', { type: ['delete', 'withdraw_consent'] }, ['failed', 'review', 'working']],
    ['regime', { regime: 'gdpr' }, ['late']],
    ['manner', { manner: 'api' }, ['working']],
    ['answer channel', { channel: 'postal' }, ['late']],
    ['assignee', { assignee: 'the officer' }, ['late']],
    ['unassigned', { assignee: 'none' }, ['failed', 'review', 'working']],
    ['overdue', { overdue: 'true' }, ['late']],
    ['due within 3 days', { dueWithinDays: '3' }, ['late', 'failed', 'review']],
  ])('filters by %s', async (_what, query, expected) => {
    // The officer exists only once the api is up: the table names them.
    const asked = query.assignee === 'the officer' ? { ...query, assignee: officer } : query;
    const { body } = await list(asked).expect(200);
    expect(references(body)).toEqual(expected.map((name) => rows[name]!.reference));
  });

  it('finds a request by its reference however it is typed, and by email', async () => {
    const typed = rows.review!.reference.toLowerCase().replace(/-/g, ' ');
    expect(references((await list({ q: typed }).expect(200)).body)).toEqual([
      rows.review!.reference,
    ]);
    expect(references((await list({ q: 'MIXED.case@example.org' }).expect(200)).body)).toEqual([
      rows.working!.reference,
    ]);
    const nobody = await list({ q: 'nobody@example.org' }).expect(200);
    expect(nobody.body.rows).toEqual([]);
  });

  it('pages by cursor without repeating or skipping a request, in either sort', async () => {
    for (const sort of ['due', 'received']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const query: Record<string, string> = { sort, limit: '2' };
        if (cursor) query.cursor = cursor;
        const page: request.Response = await list(query).expect(200);
        seen.push(...references(page.body));
        cursor = page.body.nextCursor as string | null;
      } while (cursor);
      const all = references((await list({ sort }).expect(200)).body);
      expect(seen).toEqual(all);
      expect(all).toHaveLength(4);
    }
    const newest = references((await list({ sort: 'received' }).expect(200)).body);
    expect(newest[0]).toBe(rows.failed!.reference);
  });

  it.each<[Record<string, string>, RegExp]>([
    [{ status: 'lost' }, /status/],
    [{ limit: '1000' }, /limit/],
    [{ dueWithinDays: 'soon' }, /dueWithinDays: must be a whole number of days/],
    [{ cursor: 'not-a-cursor' }, /page cursor is not valid/],
    [{ assignee: 'someone' }, /assignee: must be a staff member id/],
  ])('answers a bad filter %j with a 400 that names it', async (query, message) => {
    const { body } = await list(query).expect(400);
    expect(body.code).toBe('invalid_input');
    expect(body.detail).toMatch(message);
  });

  it('is closed to callers without a key, and to a person holding their own status token', async () => {
    await request(api.app.getHttpServer()).get('/api/v1/requests').expect(401);
    const { body } = await request(api.app.getHttpServer())
      .get('/api/v1/requests')
      .set('authorization', 'Bearer some-status-token')
      .expect(403);
    expect(body.detail).toMatch(/for staff/);
  });
});
