import request from 'supertest';
import { TestApi, startTestApi } from '../../support/api-app';

/**
 * A Spanish-speaking Californian asks, through the company's own app, for a copy of their data.
 * The app shows them what the REST API answers: the dates they are owed as sentences in Spanish,
 * as the status page and emails word them, with the parts (day, period, citation) for machines.
 */
describe('deadlines over the REST API, in the request’s language', () => {
  let api: TestApi;
  let key: string;

  beforeAll(async () => {
    api = await startTestApi();
    key = `Bearer ${await api.apiKey('requests:write', 'requests:read')}`;
  });
  afterAll(() => api.close());

  const http = () => request(api.app.getHttpServer());
  const ISO_DAY = /\d{4}-\d{2}-\d{2}/;

  it('a Spanish-speaking Californian reads both dates in Spanish sentences, with their rules', async () => {
    const { body: submitted } = await http()
      .post('/api/v1/requests')
      .set('authorization', key)
      .send({
        type: 'access',
        email: 'lucia.moreno@example.com',
        language: 'es',
        residence: { country: 'US', region: 'CA' },
      })
      .expect(201);

    expect(submitted.deadline).toMatchObject({
      kind: 'respond',
      regime: 'ccpa',
      language: 'es',
      period: { amount: 45, unit: 'days' },
      citation: 'CCPA regs 7021(b)',
      dueOn: submitted.dueOn,
      extension: null,
    });
    expect(submitted.deadline.sentence).toMatch(
      /^Le responderemos a más tardar el \d{1,2} de \w+ de \d{4}\.$/,
    );
    expect(submitted.deadline.rule).toMatch(
      /^La ley nos da 45 días desde el día en que recibimos su solicitud, el \d{1,2} de \w+ de \d{4} \(CCPA regs 7021\(b\)\)\.$/,
    );
    expect(submitted.acknowledge).toMatchObject({
      kind: 'acknowledge',
      period: { amount: 10, unit: 'business_days' },
      citation: 'CCPA regs 7021(a)',
    });
    expect(submitted.acknowledge.sentence).toMatch(
      /^Le confirmaremos que recibimos su solicitud a más tardar el \d{1,2} de \w+ de \d{4}\.$/,
    );
    // No English, no stored code and no bare ISO day in anything a person may be shown.
    for (const words of [
      submitted.dueExplanation,
      submitted.acknowledgeExplanation,
      submitted.deadline.sentence,
      submitted.acknowledge.sentence,
    ]) {
      expect(words).not.toMatch(ISO_DAY);
      expect(words).not.toMatch(/\b(due|acknowledge by|from receipt)\b/);
    }

    const { body: read } = await http()
      .get(`/api/v1/requests/${submitted.id}`)
      .set('authorization', key)
      .expect(200);
    expect(read.deadline).toEqual(submitted.deadline);
    expect(read.acknowledge).toEqual(submitted.acknowledge);
    expect(read.acknowledgeExplanation).toBe(submitted.acknowledge.rule);
  });

  it('a German resident writing in English gets the GDPR month, named as in English', async () => {
    const { body: submitted } = await http()
      .post('/api/v1/requests')
      .set('authorization', key)
      .send({ type: 'delete', email: 'jonas.weber@example.com', residence: { country: 'DE' } })
      .expect(201);
    expect(submitted.deadline).toMatchObject({
      kind: 'respond',
      language: 'en',
      period: { amount: 1, unit: 'months' },
      citation: 'GDPR Art. 12(3)',
    });
    expect(submitted.deadline.sentence).toMatch(/^We will answer by \d{1,2} \w+ \d{4}\.$/);
    expect(submitted.acknowledge).toBeNull();
  });
});
