import { dateInWords } from '@rightsdesk/messages';
import { OutboxMessage } from '@rightsdesk/persistence';
import { TestApi } from '../../support/api-app';
import { createTestRequest } from '../../support/requests';
import { insertQueueRow } from './queue-rows.support';
import { reviewActionsApi } from './review-actions.support';

/**
 * Officers' actions over the REST API, against the real Postgres: each changes the request, lands
 * in the audit trail and, where the law asks, renders the notice to the person with its send job.
 */
describe('review actions over the REST API', () => {
  const scenario = reviewActionsApi('review_actions');
  const { post, review, awaitingReview, eventsOf, noticesOf } = scenario;
  let api: TestApi;
  let keyId: string;
  beforeAll(() => {
    ({ api, keyId } = scenario);
  });

  it('approves a request awaiting review: audited with the key as actor, fulfilment scheduled', async () => {
    const id = await awaitingReview();
    const { body } = await post(`/${id}/approve`).expect(200);
    expect(body).toEqual({ id, status: 'approved' });
    const approval = (await eventsOf(id)).find((event) => event.action === 'request.approve');
    expect(approval).toMatchObject({
      actor: `api:${keyId}`,
      fromStatus: 'awaiting_review',
      toStatus: 'approved',
    });
    const jobs = await api.dataSource
      .getRepository(OutboxMessage)
      .findBy({ jobName: 'fulfilment.start' });
    expect(jobs.some((job) => (job.payload as { requestId: string }).requestId === id)).toBe(true);

    const again = await post(`/${id}/approve`).expect(409);
    expect(again.body.detail).toBe('cannot approve a request that is approved');
  });

  it('refuses to approve a request whose person is not verified yet', async () => {
    const id = await createTestRequest(api.dataSource, { type: 'access' });
    const { body } = await post(`/${id}/approve`).expect(409);
    expect(body.detail).toBe('cannot approve a request that is waiting for verification');
    expect((await eventsOf(id)).map((event) => event.action)).not.toContain('request.approve');
  });

  it('denies on a basis from the list and sends the denial notice with the basis and appeal route', async () => {
    // A Virginian: their law gives an appeal, so the notice offers one.
    const id = await awaitingReview({ residence: { country: 'US', region: 'VA' } });
    const { body } = await post(`/${id}/deny`, {
      basis: 'manifestly_unfounded_or_excessive',
      note: 'this is the fifth identical request this month',
    }).expect(200);
    expect(body).toMatchObject({ status: 'denied', basis: 'manifestly_unfounded_or_excessive' });
    const denial = (await eventsOf(id)).find((event) => event.action === 'request.deny');
    expect(denial?.reason).toBe('this is the fifth identical request this month');
    const [notice] = await noticesOf(id, 'request_denied');
    expect(notice?.bodyText).toContain(
      'The reason: The request is manifestly unfounded or excessive: this is the fifth identical request this month.',
    );
    expect(notice?.bodyText).toMatch(/appeal this decision/);
    const send = await api.dataSource
      .getRepository(OutboxMessage)
      .findOneBy({ jobName: 'notice.send', jobId: `notice.send.${notice!.id}.all` });
    expect(send).not.toBeNull();
    const view = await review(id);
    expect(view.request.denial).toEqual({
      basis: 'manifestly_unfounded_or_excessive',
      reason: 'this is the fifth identical request this month',
    });
  });

  it.each<[object, RegExp]>([
    [{ note: 'no basis given' }, /basis: choose a basis from the list/],
    [{ basis: 'we do not feel like it', note: 'x' }, /basis: choose a basis from the list/],
    [{ basis: 'legal_claims', note: '   ' }, /note: an explanation is required/],
  ])('refuses a denial %j with a 400 and changes nothing', async (body, message) => {
    const id = await awaitingReview();
    const answer = await post(`/${id}/deny`, body).expect(400);
    expect(answer.body.detail).toMatch(message);
    expect((await review(id)).request.status).toBe('awaiting_review');
    expect(await noticesOf(id, 'request_denied')).toEqual([]);
  });

  it('extends the deadline once by the rules, telling the person why and the new date', async () => {
    const id = await awaitingReview();
    const before = await review(id);
    const { body } = await post(`/${id}/extend`, {
      reason: 'the request covers many systems',
    }).expect(200);
    // CCPA regs 7021(b): 45 more days from the original due date.
    const original = new Date(`${before.deadline.dueOn}T12:00:00Z`);
    const expected = new Date(original.getTime() + 45 * 86_400_000).toISOString().slice(0, 10);
    expect(body.dueOn).toBe(expected);
    expect(body.dueExplanation).toBe(
      `The law lets us take a further 45 days when we tell you why before the first date, ${dateInWords(before.deadline.dueOn, 'en')} (Civ. Code 1798.130(a)(2)).`,
    );
    const [notice] = await noticesOf(id, 'request_extended');
    expect(notice?.bodyText).toContain('Why: The request covers many systems.');
    // The new date as a sentence, the rule on its own line (issue 12: no "extended to 2027-…").
    expect(notice?.bodyText).toContain(
      `We now expect to answer by ${dateInWords(expected, 'en')}.\n\nThe law lets us take a further 45 days`,
    );
    const after = await review(id);
    expect(after.deadline.extension).toMatchObject({ reason: 'the request covers many systems' });
    expect(after.actions).not.toContain('extend');

    const twice = await post(`/${id}/extend`, { reason: 'still busy' }).expect(409);
    expect(twice.body.detail).toBe('cannot extend a request twice: the law allows one extension');
  });

  it('refuses to extend once the original deadline has passed', async () => {
    const { id } = await insertQueueRow(api.dataSource, {
      status: 'awaiting_review',
      dueInDays: -2,
    });
    await api.dataSource.query(
      `UPDATE requests SET due_rule = jsonb_build_object('dueOn', to_char(due_at AT TIME ZONE 'America/Los_Angeles', 'YYYY-MM-DD'),
         'basis', jsonb_build_object('regime', 'ccpa', 'kind', 'respond', 'period', jsonb_build_object('amount', 45, 'unit', 'days'),
           'receivedOn', '2026-01-01', 'citation', 'CCPA regs 7021(b)')) WHERE id = $1`,
      [id],
    );
    const { body } = await post(`/${id}/extend`, { reason: 'too late' }).expect(409);
    expect(body.detail).toMatch(/^cannot extend after the due date/);
    expect(await noticesOf(id, 'request_extended')).toEqual([]);
  });

  it('asks for information (notice sent), then records the answer and returns to review', async () => {
    const id = await awaitingReview();
    await post(`/${id}/request-information`, {
      message: 'which newsletter you mean',
    }).expect(200, { id, status: 'needs_info' });
    const [notice] = await noticesOf(id, 'information_needed');
    expect(notice?.bodyText).toContain('What we need: Which newsletter you mean.');
    const { body } = await post(`/${id}/information-received`, {
      note: 'answered by phone: the weekly one',
    }).expect(200);
    expect(body).toMatchObject({ id, status: 'awaiting_review' });
    const actions = (await eventsOf(id)).map((event) => event.action);
    expect(actions).toEqual(
      expect.arrayContaining(['request.ask_for_info', 'request.info_received']),
    );
  });

  it('keeps internal notes apart from the audit trail, which records only that one was added', async () => {
    const id = await awaitingReview();
    const { body } = await post(`/${id}/notes`, { body: 'Called Ms Example on 555-0100' }).expect(
      201,
    );
    const view = await review(id);
    expect(view.notes).toEqual([
      expect.objectContaining({
        id: body.id,
        body: 'Called Ms Example on 555-0100',
        author: `api:${keyId}`,
      }),
    ]);
    const event = (await eventsOf(id)).find((entry) => entry.action === 'request.note_added');
    expect(event?.data).toEqual({ noteId: body.id });
    expect(JSON.stringify(await eventsOf(id))).not.toContain('555-0100');
  });
});
