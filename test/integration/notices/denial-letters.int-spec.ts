import request from 'supertest';
import { TestApi, startTestApi } from '../../support/api-app';
import { createTestRequest } from '../../support/requests';
import { binary, pagesOf } from './letter-pdf.support';

/**
 * People who asked to be answered by post are refused: the letter they read (the PDF as printed,
 * read back with pdftotext) gives the reason in words, the appeal only where their law gives one,
 * and the authority of their own law.
 */
describe('a refusal by letter under the person’s own law', () => {
  let api: TestApi;
  let officer: string;

  beforeAll(async () => {
    api = await startTestApi({ RATE_LIMIT_SUBMIT_PER_EMAIL: '1000' });
    officer = `Bearer ${await api.apiKey('requests:manage', 'requests:read')}`;
  });
  afterAll(() => api.close());

  const http = () => request(api.app.getHttpServer());

  /** A postal request from `residence`, refused on `basis`; returns the letter's text. */
  async function refusedByLetter(
    residence: { country: string; region?: string },
    language: 'en' | 'es',
    basis: string,
  ): Promise<string> {
    const id = await createTestRequest(api.dataSource, {
      type: 'delete',
      name: 'Ana Ruiz',
      language,
      residence,
      answerChannel: 'postal',
      postalAddress: {
        line1: '12 Harbor Street',
        city: residence.country === 'US' ? 'Baltimore' : 'Madrid',
        region: residence.region,
        postalCode: residence.country === 'US' ? '21202' : '28001',
        country: residence.country,
      },
    });
    await http()
      .post(`/api/v1/requests/${id}/deny`)
      .set('authorization', officer)
      .send({ basis, note: 'See our privacy policy, section 4.' })
      .expect(200);
    const [letter] = await api.dataSource.query(
      `SELECT id FROM correspondence WHERE request_id = $1 AND kind = 'request_denied' AND channel = 'postal'`,
      [id],
    );
    const copy = await http()
      .get(`/api/v1/correspondence/${letter.id}/copy`)
      .set('authorization', officer)
      .buffer(true)
      .parse(binary)
      .expect(200);
    return pagesOf(copy.body as Buffer)
      .join('\n')
      .replace(/\s+/g, ' ');
  }

  it('tells a Marylander the reason in words, the appeal and the Maryland Attorney General', async () => {
    const text = await refusedByLetter({ country: 'US', region: 'MD' }, 'en', 'not_a_consumer');
    expect(text).not.toContain('not_a_consumer');
    expect(text).toContain('not made by the person or an agent they authorized');
    expect(text).toMatch(/appeal this decision/);
    expect(text).toContain('Maryland Attorney General');
    expect(text).not.toMatch(/California|European Union/);
  });

  it('tells a person in Spain, in Spanish, about the AEPD and the courts, with no appeal', async () => {
    const text = await refusedByLetter({ country: 'ES' }, 'es', 'legal_obligation');
    expect(text).not.toContain('legal_obligation');
    expect(text).toContain('La ley nos obliga a conservar los datos');
    expect(text).toContain('Agencia Española de Protección de Datos');
    expect(text).toContain('tribunales');
    expect(text).not.toMatch(/recurr|apela|Fiscal General|\bGDPR\b/i);
  });
});
