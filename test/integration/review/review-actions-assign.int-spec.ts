import { Client } from 'pg';
import { TestApi } from '../../support/api-app';
import { createTestRequest } from '../../support/requests';
import { TEST_SHOP_DATABASE_URL } from '../../support/test-env';
import { createStaffMember, staffSession } from '../../support/staff';
import { reviewActionsApi } from './review-actions.support';

/**
 * Officers' actions over the REST API, against the real Postgres: each changes the request, lands
 * in the audit trail and, where the law asks, renders the notice to the person with its send job.
 * Here: assigning, bulk actions, appeals, who may act, and what the sources hold.
 */
describe('review actions over the REST API: assigning, bulk, appeals and access', () => {
  const scenario = reviewActionsApi('review_actions_assign');
  const { http, post, review, awaitingReview, eventsOf, noticesOf } = scenario;
  let api: TestApi;
  let manager: string;
  beforeAll(() => {
    ({ api, manager } = scenario);
  });

  it('assigns and cancels; a closed request cannot be assigned', async () => {
    const id = await awaitingReview();
    const officer = await createStaffMember(api.dataSource, 'privacy_officer');
    const staffId = officer.id;
    await post(`/${id}/assign`, { assigneeId: staffId }).expect(200);
    expect((await review(id)).request.assignee).toEqual({ id: staffId, name: officer.name });
    const assignEvent = (await eventsOf(id)).find((event) => event.action === 'request.assign');
    expect(assignEvent?.data).toEqual({ assigneeId: staffId, previousAssigneeId: null });
    // Auditors only read; a made-up id is nobody.
    const auditor = await createStaffMember(api.dataSource, 'auditor');
    for (const assigneeId of [auditor.id, '6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e']) {
      const refused = await post(`/${id}/assign`, { assigneeId }).expect(400);
      expect(refused.body.detail).toBe('No active staff member with that id can be assigned.');
    }
    await post(`/${id}/cancel`, { reason: 'the person withdrew it by phone' }).expect(200, {
      id,
      status: 'cancelled',
    });
    const { body } = await post(`/${id}/assign`, { assigneeId: staffId }).expect(409);
    expect(body.detail).toMatch(/cannot assign a request that is cancelled/);
    await post(`/${id}/assign`, { assigneeId: 'bob' }).expect(400);
  });

  it('approves and assigns in bulk, saying for each request what happened', async () => {
    const first = await awaitingReview();
    const second = await awaitingReview();
    const unverified = await createTestRequest(api.dataSource, { type: 'access' });
    const { body } = await post('/bulk/approve', { ids: [first, second, unverified] }).expect(200);
    expect(body.results).toEqual([
      { id: first, ok: true, status: 'approved' },
      { id: second, ok: true, status: 'approved' },
      {
        id: unverified,
        ok: false,
        message: 'cannot approve a request that is waiting for verification',
      },
    ]);
    const staffId = (await createStaffMember(api.dataSource, 'admin')).id;
    const assigned = await post('/bulk/assign', { ids: [first, unverified], assigneeId: staffId });
    expect(assigned.status).toBe(200);
    expect(assigned.body.results).toEqual([
      { id: first, ok: true },
      { id: unverified, ok: true },
    ]);
    await post('/bulk/approve', { ids: [] }).expect(400);
    await post('/bulk/approve', { ids: [first, first] }).expect(400);
  });

  it('decides a Virginia appeal: upheld names the Attorney General; reversed completes it', async () => {
    const appealOf = async () => {
      const id = await awaitingReview({ residence: { country: 'US', region: 'VA' } });
      await post(`/${id}/deny`, { basis: 'legal_obligation', note: 'tax records' }).expect(200);
      const { body } = await post(`/${id}/appeal`, { reason: 'I disagree' }).expect(201);
      expect(body.status).toBe('awaiting_review');
      return body.id as string;
    };
    const upheld = await appealOf();
    await post(`/${upheld}/approve`).expect(409);
    await post(`/${upheld}/appeal-decision`, {
      decision: 'uphold',
      reason: 'the law requires us to keep tax records for seven years',
    }).expect(200, { id: upheld, status: 'denied', decision: 'uphold' });
    const [refusal] = await noticesOf(upheld, 'appeal_decided');
    expect(refusal?.bodyText).toContain('We have decided to keep our earlier decision.');
    expect(refusal?.bodyText).toContain('the Virginia Attorney General');

    const reversed = await appealOf();
    await post(`/${reversed}/appeal-decision`, {
      decision: 'reverse',
      reason: 'the records are past their retention period',
    }).expect(200, { id: reversed, status: 'completed', decision: 'reverse' });
    // The refused work is done now: a new request of the original kind waits in review.
    const [followUp] = (await api.dataSource.query(
      `SELECT id, type, status, details FROM requests WHERE details->>'reopenedByAppeal' = $1`,
      [reversed],
    )) as Array<{ id: string; type: string; status: string }>;
    expect(followUp).toMatchObject({ type: 'withdraw_consent', status: 'awaiting_review' });
    const completion = (await eventsOf(reversed)).find(
      (event) => event.action === 'request.complete',
    );
    expect(completion?.data).toMatchObject({ decision: 'reverse', followUp: followUp!.id });
    const [grant] = await noticesOf(reversed, 'appeal_decided');
    expect(grant?.bodyText).toContain('we have reversed our earlier decision');
    expect(grant?.bodyText).not.toContain('Attorney General');
    const notAppeal = await awaitingReview();
    const { body } = await post(`/${notAppeal}/appeal-decision`, {
      decision: 'uphold',
      reason: 'x',
    }).expect(409);
    expect(body.detail).toMatch(/is not an appeal/);
  });

  it('answers unknown and malformed ids with 404, and a read-only key with 403', async () => {
    await post('/00000000-0000-4000-8000-000000000000/approve').expect(404);
    await post('/not-an-id/deny', { basis: 'legal_claims', note: 'x' }).expect(404);
    await http().get('/api/v1/requests/not-an-id/review').set('authorization', manager).expect(404);
    const readOnly = `Bearer ${await api.apiKey('requests:read')}`;
    const id = await awaitingReview();
    const { body } = await http()
      .post(`/api/v1/requests/${id}/approve`)
      .set('authorization', readOnly)
      .expect(403);
    expect(body.detail).toMatch(/requests:manage/);
  });

  it('lets a signed-in officer act through the session cookie, and refuses an auditor', async () => {
    const id = await awaitingReview();
    const auditor = await staffSession(api, 'auditor');
    const refused = await http()
      .post(`/api/v1/requests/${id}/approve`)
      .set('Cookie', auditor.cookie)
      .set('X-CSRF-Token', auditor.csrfToken)
      .expect(403);
    expect(refused.body.detail).toMatch(/Auditor.*requests:manage/);
    // Auditors read the queue and the request like everyone else.
    await http().get(`/api/v1/requests/${id}/review`).set('Cookie', auditor.cookie).expect(200);

    const officer = await staffSession(api, 'privacy_officer');
    await http()
      .post(`/api/v1/requests/${id}/approve`)
      .set('Cookie', officer.cookie)
      .set('X-CSRF-Token', officer.csrfToken)
      .expect(200, { id, status: 'approved' });
    const approval = (await eventsOf(id)).find((event) => event.action === 'request.approve');
    expect(approval?.actor).toBe(`staff:${officer.id}`);
    const view = await http()
      .get(`/api/v1/requests/${id}/review`)
      .set('Cookie', auditor.cookie)
      .expect(200);
    expect(view.body.actions).toEqual([]);
  });

  it('shows what each source holds for the person before approval, read without changing it', async () => {
    const shop = new Client({ connectionString: TEST_SHOP_DATABASE_URL });
    await shop.connect();
    const { rows } = await shop
      .query('SELECT email FROM customers ORDER BY id LIMIT 1 OFFSET 7')
      .finally(() => shop.end());
    const email = (rows[0] as { email: string }).email;
    const id = await awaitingReview({ email });
    const view = await review(id);
    const shopFound = view.found.find((entry: { source: string }) => entry.source === 'shop');
    expect(shopFound).toMatchObject({ action: 'lookup', status: 'found now' });
    expect(shopFound.rows).toBeGreaterThan(0);
    expect(shopFound.preview.length).toBeGreaterThan(0);
  });
});
