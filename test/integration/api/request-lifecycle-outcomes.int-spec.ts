import { TestApi } from '../../support/api-app';
import { requestLifecycleApi } from './request-lifecycle.support';

/**
 * A request's life over the REST API: a company system submits with its key; the person proves
 * who they are with the emailed code (and data points where the tier asks), holding only the
 * status token the submission returned.
 * Here: what a person's proof leads to (deletion, correction, denial, categories, duplicates,
 * tokens, appeals).
 */
describe('request lifecycle over the REST API: outcomes', () => {
  const lifecycle = requestLifecycleApi('lifecycle_outcomes');
  const { http, submit, verify, codeOf, unique, latestOrderOf } = lifecycle;
  let api: TestApi;
  let writer: string;
  beforeAll(() => {
    ({ api, writer } = lifecycle);
  });

  it('verifies a deletion with the code, the name and an order number from a receipt', async () => {
    const orderNumber = await latestOrderOf('morgan.ellis@example.com');
    const { body: submitted } = await submit({
      type: 'delete',
      email: 'morgan.ellis@example.com',
      residence: { country: 'US', region: 'CA' },
    });
    const code = await codeOf(submitted.id);
    const result = await verify(submitted.id, submitted.statusToken, {
      code,
      name: 'morgan ellis',
      lastOrderNumber: `#${orderNumber}`,
    }).expect(200);
    expect(result.body).toMatchObject({ status: 'awaiting_review', outcome: 'verified' });
    const [stored] = await api.dataSource.query(`SELECT verification FROM requests WHERE id = $1`, [
      submitted.id,
    ]);
    expect(stored.verification.dataPoints).toMatchObject({
      name: 'matched',
      last_order_number: 'matched',
    });
    // The stated number itself is not kept on the request.
    expect(JSON.stringify(stored.verification)).not.toContain(orderNumber);
  });

  it('refuses a correction of a field the data map does not let anyone correct, writing nothing', async () => {
    const email = unique();
    const response = await http()
      .post('/api/v1/requests')
      .set('authorization', writer)
      .send({
        type: 'correct',
        email,
        corrections: [
          { field: 'phone', value: '+1 510 555 0199' },
          { field: 'email', value: 'new@example.org' },
        ],
      })
      .expect(400);
    expect(response.body.errors).toEqual([
      { path: 'corrections.1.field', message: '"email" cannot be corrected here' },
    ]);
    expect(response.body.detail).toMatch(/Fields that can be corrected: .*first_name.*phone/);
    const [row] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM subject_identities WHERE email = $1`,
      [email],
    );
    expect(row.n).toBe(0);
  });

  it('does not let the phone a person disputes prove who they are (regs 7060)', async () => {
    const { body: submitted } = await submit({
      type: 'correct',
      email: 'morgan.ellis@example.com',
      residence: { country: 'US', region: 'CA' },
      corrections: [{ field: 'phone', value: '+1 510 555 0199' }],
    });
    const code = await codeOf(submitted.id);
    // Name and the old phone would reach three points, but the phone is what is disputed.
    const withPhone = await verify(submitted.id, submitted.statusToken, {
      code,
      name: 'Morgan Ellis',
      phone: '+14155550142',
    }).expect(200);
    expect(withPhone.body).toMatchObject({ status: 'pending_verification', outcome: 'needs_more' });
    const verified = await verify(submitted.id, submitted.statusToken, {
      lastOrderNumber: await latestOrderOf('morgan.ellis@example.com'),
    }).expect(200);
    expect(verified.body).toMatchObject({ status: 'awaiting_review', outcome: 'verified' });
  });

  it('denies a deletion whose data points contradict the records, with the reason and a notice', async () => {
    const { body: submitted } = await submit({
      type: 'delete',
      email: 'morgan.ellis@example.com',
      residence: { country: 'US', region: 'CA' },
    });
    const code = await codeOf(submitted.id);
    const result = await verify(submitted.id, submitted.statusToken, {
      code,
      name: 'Somebody Else',
      phone: '+1 212 555 0000',
    }).expect(200);
    expect(result.body).toMatchObject({ status: 'denied', outcome: 'unverifiable' });
    expect(result.body.reason).toMatch(/\S/);
    const [stored] = await api.dataSource.query(
      `SELECT r.denial_basis, (SELECT count(*)::int FROM correspondence c
         WHERE c.request_id = r.id AND c.kind = 'verification_failed') AS notices
       FROM requests r WHERE r.id = $1`,
      [submitted.id],
    );
    expect(stored).toEqual({ denial_basis: 'unverifiable', notices: 1 });
  });

  it('answers a copy it cannot fully verify with categories when the person has nothing more (regs 7024(a))', async () => {
    const { body: submitted } = await submit({
      type: 'access',
      email: 'morgan.ellis@example.com',
      residence: { country: 'US', region: 'CA' },
    });
    const code = await codeOf(submitted.id);
    const result = await verify(submitted.id, submitted.statusToken, {
      code,
      name: 'Morgan Ellis',
      final: true,
    }).expect(200);
    expect(result.body.outcome).toBe('verified_with_fallback');
    const [stored] = await api.dataSource.query(`SELECT details FROM requests WHERE id = $1`, [
      submitted.id,
    ]);
    expect(stored.details).toMatchObject({ scope: 'categories', fallbackFrom: 'copy' });
  });

  it('links a second open request of the same type for the same person to the first', async () => {
    const email = unique();
    const first = (await submit({ type: 'withdraw_consent', email })).body;
    const second = (await submit({ type: 'withdraw_consent', email: email.toUpperCase() })).body;
    expect(first.status).toBe('approved');
    expect(second.status).toBe('cancelled');
    const [row] = await api.dataSource.query(`SELECT duplicate_of_id FROM requests WHERE id = $1`, [
      second.id,
    ]);
    expect(row.duplicate_of_id).toBe(first.id);
  });

  it('lets a status token open its own request and no other', async () => {
    const mine = (await submit({ type: 'access', email: unique() })).body;
    const theirs = (await submit({ type: 'access', email: unique() })).body;
    await http()
      .get(`/api/v1/requests/${theirs.id}`)
      .set('authorization', `Bearer ${mine.statusToken}`)
      .expect(404);
    await verify(theirs.id, mine.statusToken, { code: '123456' }).expect(404);
    const own = await http()
      .get(`/api/v1/requests/${mine.id}`)
      .set('authorization', `Bearer ${mine.statusToken}`)
      .expect(200);
    expect(own.body.reference).toBe(mine.reference);
  });

  it('refuses a step the state does not allow with 409 naming the current state', async () => {
    const pending = (await submit({ type: 'access', email: unique() })).body;
    const appeal = await http()
      .post(`/api/v1/requests/${pending.id}/appeal`)
      .set('authorization', `Bearer ${pending.statusToken}`)
      .send({ reason: 'I disagree' })
      .expect(409);
    expect(appeal.body.detail).toMatch(/waiting for verification/);

    const consent = (await submit({ type: 'withdraw_consent', email: unique() })).body;
    const resend = await http()
      .post(`/api/v1/requests/${consent.id}/verification/code`)
      .set('authorization', `Bearer ${consent.statusToken}`)
      .expect(409);
    expect(resend.body.detail).toMatch(/it is approved/);
  });

  it('opens an appeal of a denied request on its own clock, linked to the refusal', async () => {
    const { body: submitted } = await submit({
      type: 'delete',
      email: 'morgan.ellis@example.com',
      residence: { country: 'US', region: 'VA' },
    });
    const code = await codeOf(submitted.id);
    await verify(submitted.id, submitted.statusToken, {
      code,
      name: 'Not Morgan',
      phone: '+1 202 555 0111',
    }).expect(200);

    const appeal = await http()
      .post(`/api/v1/requests/${submitted.id}/appeal`)
      .set('authorization', `Bearer ${submitted.statusToken}`)
      .send({ reason: 'It really is me; I changed my phone number.' })
      .expect(201);
    expect(appeal.body).toMatchObject({ type: 'appeal', regime: 'vcdpa' });
    expect(appeal.body.dueExplanation).toMatch(/60 days from the day we received your appeal/);
    const [row] = await api.dataSource.query(
      `SELECT parent_request_id FROM requests WHERE id = $1`,
      [appeal.body.id],
    );
    expect(row.parent_request_id).toBe(submitted.id);
  });
  it("dates an appeal in the person's own time zone, as their request was", async () => {
    const { body: submitted } = await submit({
      type: 'delete',
      email: 'morgan.ellis@example.com',
      residence: { country: 'US', region: 'VA' },
      timeZone: 'Asia/Tokyo',
    });
    const code = await codeOf(submitted.id);
    await verify(submitted.id, submitted.statusToken, {
      code,
      name: 'Not Morgan',
      phone: '+1 202 555 0111',
    }).expect(200);
    const appeal = await http()
      .post(`/api/v1/requests/${submitted.id}/appeal`)
      .set('authorization', `Bearer ${submitted.statusToken}`)
      .send({ reason: 'It is me.' })
      .expect(201);
    // What the appeal's status page and notices read their times in.
    const status = await http()
      .get(`/api/v1/requests/${appeal.body.id}`)
      .set('authorization', `Bearer ${appeal.body.statusToken}`)
      .expect(200);
    expect(status.body.timeZone).toBe('Asia/Tokyo');
  });
});
