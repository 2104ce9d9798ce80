import 'reflect-metadata';
import { Client } from 'pg';
import { databasesOnlySettings } from '../support/database-only-data-map';
import { waitUntil } from '../support/app-processes';
import { E2eRightsdesk } from '../support/e2e-harness';
import type { SubmittedRequest } from '../support/e2e-api';

/**
 * Many people entering their codes at the same moment, with no fault injected: each answer is
 * right, and two identical requests from one person verified together are carried out once.
 */
describe('verification codes entered at the same moment', () => {
  const rightsdesk = new E2eRightsdesk({
    name: 'simultaneous',
    smtp: true,
    env: async () => ({
      ...(await databasesOnlySettings()),
      RATE_LIMIT_SUBMIT_PER_IP: '1000',
      RATE_LIMIT_SUBMIT_PER_EMAIL: '1000',
      RATE_LIMIT_VERIFY_PER_IP: '1000',
    }),
  });
  let writer: string;
  let shopEmails: string[];

  beforeAll(async () => {
    await rightsdesk.start();
    writer = await rightsdesk.apiKey('simultaneous', ['requests:write']);
    const shop = new Client({ connectionString: rightsdesk.databases.shop });
    await shop.connect();
    try {
      const { rows } = await shop.query<{ email: string }>(
        `SELECT DISTINCT lower(email) AS email FROM customers ORDER BY 1 LIMIT 70`,
      );
      shopEmails = rows.map((row) => row.email);
    } finally {
      await shop.end();
    }
  }, 120_000);

  afterAll(() => rightsdesk.stop());

  async function submitted(email: string, type: 'access' | 'delete'): Promise<SubmittedRequest> {
    const answer = await rightsdesk.http.personInFranceAsks(writer, email, type);
    expect(answer.status).toBe(201);
    return answer.body;
  }

  async function codesFor(requests: SubmittedRequest[]): Promise<string[]> {
    return Promise.all(
      requests.map((request) => rightsdesk.smtp.verificationCode(request.reference)),
    );
  }

  it('answers forty codes entered at once rightly while the shop is slow, and spends no code without moving its request', async () => {
    const people = shopEmails.slice(0, 40);
    const requests: SubmittedRequest[] = [];
    // Filed one after another: what happens at the same moment here is entering the codes.
    for (const email of people) requests.push(await submitted(email, 'delete'));
    const codes = await codesFor(requests);

    // The shop answers slowly: every lookup of a customer waits for this lock, longer than a
    // request may wait for a connection of Rightsdesk's own pool.
    const shop = new Client({ connectionString: rightsdesk.databases.shop });
    await shop.connect();
    await shop.query('BEGIN');
    await shop.query('LOCK TABLE customers IN ACCESS EXCLUSIVE MODE');
    const entering = Promise.all(
      requests.map((request, index) => rightsdesk.http.enterCode(request, codes[index])),
    );
    await new Promise((held) => setTimeout(held, 7_000));
    await shop.query('ROLLBACK');
    await shop.end();
    const answers = await entering;

    expect(answers.map((answer) => answer.status)).toEqual(requests.map(() => 200));
    const rows: Array<{ status: string; spent: number }> = await rightsdesk.dataSource.query(
      `SELECT r.status,
              (SELECT count(*)::int FROM verification_challenges c
               WHERE c.request_id = r.id AND c.closed_reason = 'confirmed') AS spent
       FROM requests r WHERE r.id = ANY($1)`,
      [requests.map((request) => request.id)],
    );
    expect(rows).toHaveLength(40);
    for (const row of rows) {
      expect(row.status).not.toBe('pending_verification');
      expect(row.spent).toBe(1);
    }
  }, 90_000);

  it('carries out once the same request sent twice at the same moment and verified at once', async () => {
    const people = shopEmails.slice(40, 70);
    const pairs: SubmittedRequest[][] = [];
    for (const email of people) {
      pairs.push(await Promise.all([submitted(email, 'access'), submitted(email, 'access')]));
    }
    const requests = pairs.flat();
    const codes = await codesFor(requests);

    const answers = await Promise.all(
      requests.map((request, index) => rightsdesk.http.enterCode(request, codes[index])),
    );
    expect(answers.map((answer) => answer.status)).toEqual(requests.map(() => 200));

    const ids = requests.map((request) => request.id);
    const settled = async () =>
      (await rightsdesk.dataSource.query(
        `SELECT lower(s.email) AS email, r.id, r.status, r.duplicate_of_id AS "duplicateOf"
         FROM requests r JOIN subject_identities s ON s.id = r.subject_id
         WHERE r.id = ANY($1) AND r.status IN ('completed', 'cancelled')`,
        [ids],
      )) as Array<{ email: string; id: string; status: string; duplicateOf: string | null }>;
    const rows = await waitUntil(
      async () => {
        const done = await settled();
        return done.length === ids.length ? done : undefined;
      },
      60_000,
      () => 'every request to be completed or closed as a duplicate',
    );
    for (const [first, second] of pairs) {
      const own = rows.filter((row) => row.id === first.id || row.id === second.id);
      const carriedOut = own.filter((row) => row.status === 'completed');
      const closed = own.filter((row) => row.status === 'cancelled');
      expect(carriedOut).toHaveLength(1);
      expect(closed).toHaveLength(1);
      expect(closed[0].duplicateOf).toBe(carriedOut[0].id);
    }
    const completions: Array<{ n: number }> = await rightsdesk.dataSource.query(
      `SELECT count(*)::int AS n FROM request_events
       WHERE request_id = ANY($1) AND action = 'request.complete'`,
      [ids],
    );
    expect(completions[0].n).toBe(people.length);
    // One answer per person: the mail that their data is ready, never two.
    const answered = (pair: SubmittedRequest[]) =>
      rightsdesk.smtp.messages.filter(
        ({ subject = '' }) =>
          pair.some(({ reference }) => subject.includes(reference)) &&
          /ready to download|is complete/.test(subject),
      );
    await waitUntil(
      () => pairs.every((pair) => answered(pair).length > 0),
      60_000,
      () => 'every person to get the mail that answers their request',
    );
    for (const pair of pairs) expect(answered(pair)).toHaveLength(1);
  }, 120_000);
});
