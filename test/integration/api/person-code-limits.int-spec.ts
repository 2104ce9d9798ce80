import request from 'supertest';
import { TestApi, startTestApi } from '../../support/api-app';

describe('verification codes limited per person across requests', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({
      VERIFICATION_CODES_PER_PERSON_PER_HOUR: '3',
      VERIFICATION_GUESSES_PER_PERSON_PER_HOUR: '6',
      RATE_LIMIT_VERIFY_PER_IP: '1000',
    });
  });
  afterAll(() => api.close());

  const http = () => request(api.app.getHttpServer());

  it('five requests filed in a victim’s name send a bounded number of codes and allow a bounded number of guesses, and staff are alerted', async () => {
    const victim = `victim-${Date.now()}@example.org`;
    // The attacker files five requests in the victim's name (each submission its own system).
    const filed: Array<{ id: string; statusToken: string }> = [];
    for (let n = 0; n < 5; n += 1) {
      const writer = `Bearer ${await api.apiKey('requests:write')}`;
      const answer = await http()
        .post('/api/v1/requests')
        .set('authorization', writer)
        .send({ type: 'access', email: victim })
        .expect(201);
      filed.push(answer.body);
    }

    const [{ codes }] = await api.dataSource.query(
      `SELECT count(*)::int AS codes FROM correspondence
        WHERE recipient = $1 AND kind = 'verification_code'`,
      [victim],
    );
    expect(codes).toBe(3);

    // Asking for more codes on any of them is refused, saying why.
    const resent = await http()
      .post(`/api/v1/requests/${filed[0].id}/verification/code`)
      .set('authorization', `Bearer ${filed[0].statusToken}`)
      .expect(429);
    expect(resent.body.detail).toMatch(/^Too many codes were sent to this email address/);

    // The attacker guesses on every request, as often as each one lets them.
    const outcomes: number[] = [];
    for (const target of filed) {
      for (let guess = 0; guess < 5; guess += 1) {
        const answer = await http()
          .post(`/api/v1/requests/${target.id}/verification`)
          .set('authorization', `Bearer ${target.statusToken}`)
          .send({ code: String(100000 + guess) });
        outcomes.push(answer.status);
      }
    }
    // Six wrong codes count in all (the fifth on a request closes its code: 410); then 429s.
    expect(outcomes.slice(0, 6)).toEqual([400, 400, 400, 400, 410, 400]);
    expect(new Set(outcomes.slice(6, 15))).toEqual(new Set([429]));
    // The two requests held back without a code have nothing to guess.
    expect(new Set(outcomes.slice(15))).toEqual(new Set([410]));
    const [{ wrong }] = await api.dataSource.query(
      `SELECT coalesce(sum(attempts), 0)::int AS wrong FROM verification_challenges
        WHERE request_id = ANY($1)`,
      [filed.map((target) => target.id)],
    );
    expect(wrong).toBe(6);

    // Officers see the alert on the requests' timelines: the codes held back and the guesses.
    const reader = `Bearer ${await api.apiKey('requests:read')}`;
    const alerted = [];
    for (const target of filed) {
      const { body } = await http()
        .get(`/api/v1/requests/${target.id}/events`)
        .set('authorization', reader)
        .expect(200);
      const actions = (body.events as Array<{ action: string }>).map((event) => event.action);
      if (actions.includes('verification.person_limited')) alerted.push(target.id);
    }
    expect(alerted).toEqual([filed[0].id, filed[1].id, filed[2].id, filed[3].id, filed[4].id]);
  });
});
