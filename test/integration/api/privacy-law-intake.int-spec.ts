import request from 'supertest';
import { DataSource } from 'typeorm';
import { TestApi, startTestApi } from '../../support/api-app';

/**
 * People from places whose privacy law was not modelled were stored under the CCPA with
 * California citations. Each request is now stored under the law of where the person lives, on
 * that law's own clock, and a person in no modelled jurisdiction under the company's policy.
 */
describe('a request is stored under the law of where the person lives', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let writer: string;

  beforeAll(async () => {
    api = await startTestApi();
    dataSource = api.dataSource;
    writer = `Bearer ${await api.apiKey('requests:write', 'requests:read')}`;
  });
  afterAll(() => api.close());

  async function submit(residence: { country: string; region?: string }, email: string) {
    const response = await request(api.app.getHttpServer())
      .post('/api/v1/requests')
      .set('authorization', writer)
      .send({ type: 'access', email, residence })
      .expect(201);
    const [stored] = (await dataSource.query(
      `SELECT regime, due_explanation,
              to_char(received_at AT TIME ZONE 'America/Los_Angeles', 'YYYY-MM-DD') AS received_on,
              to_char(due_at AT TIME ZONE 'America/Los_Angeles', 'YYYY-MM-DD') AS due_on,
              (due_at AT TIME ZONE 'America/Los_Angeles')::date
                - (received_at AT TIME ZONE 'America/Los_Angeles')::date AS days
         FROM requests WHERE id = $1`,
      [response.body.id],
    )) as Array<{
      regime: string;
      due_explanation: string;
      received_on: string;
      due_on: string;
      days: number;
    }>;
    return { body: response.body as { regime: string }, stored };
  }

  it('a Maryland resident is stored under the Maryland Online Data Privacy Act, due 45 days from receipt', async () => {
    const { body, stored } = await submit({ country: 'US', region: 'MD' }, 'mia.md@example.com');

    expect(body.regime).toBe('modpa');
    expect(stored.regime).toBe('modpa');
    expect(stored.days).toBe(45);
    expect(stored.due_explanation).toBe(
      `due ${stored.due_on}: 45 days from receipt on ${stored.received_on} (Md. Code Com. Law 14-4605)`,
    );
    expect(stored.due_explanation).not.toContain('CCPA');
  });

  it('an Iowa resident is stored under the Iowa law, whose clock is 90 days', async () => {
    const { stored } = await submit({ country: 'US', region: 'IA' }, 'ida.ia@example.com');

    expect(stored.regime).toBe('icdpa');
    expect(stored.days).toBe(90);
    expect(stored.due_explanation).toContain('(Iowa Code 715D.3(2))');
  });

  it('a UK resident is stored under the UK GDPR, not the EU GDPR', async () => {
    const { stored } = await submit({ country: 'GB' }, 'una.uk@example.com');

    expect(stored.regime).toBe('uk_gdpr');
    expect(stored.due_explanation).toContain('one calendar month from receipt');
    expect(stored.due_explanation).toContain('(UK GDPR Art. 12(3))');
  });

  it("a Japanese resident is stored under the company's policy, not as a California consumer", async () => {
    const { stored } = await submit({ country: 'JP' }, 'jun.jp@example.com');

    expect(stored.regime).toBe('company_policy');
    expect(stored.due_explanation).toContain('(Company privacy policy)');
  });

  describe("when the company does not meet a law's threshold", () => {
    let switchedOff: TestApi;

    beforeAll(async () => {
      switchedOff = await startTestApi({ LAWS_SWITCHED_OFF: 'ocpa' });
    });
    afterAll(() => switchedOff.close());

    it("an Oregon resident is stored under the company's policy, a Texan still under Texas law", async () => {
      const token = `Bearer ${await switchedOff.apiKey('requests:write')}`;
      const send = (region: string, email: string) =>
        request(switchedOff.app.getHttpServer())
          .post('/api/v1/requests')
          .set('authorization', token)
          .send({ type: 'access', email, residence: { country: 'US', region } })
          .expect(201);

      expect((await send('OR', 'ollie.or@example.com')).body.regime).toBe('company_policy');
      expect((await send('TX', 'tess.tx@example.com')).body.regime).toBe('tdpsa');
    });
  });
});
