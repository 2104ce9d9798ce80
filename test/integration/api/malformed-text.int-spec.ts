import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { TestApi } from '../../support/api-app';
import {
  browser,
  formToken,
  startPrivacyCenter,
  visibleText,
} from '../privacy-center/privacy-center.support';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

/** A YAML document whose aliases would expand to a billion items. */
const ALIAS_BOMB = ['a: &a [x, x, x, x, x, x, x, x, x]']
  .concat(
    [...'bcdefghi'].map(
      (name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`,
    ),
  )
  .join('\n');

describe('malformed text at the edge', () => {
  let api: TestApi;
  // Addresses of this run only: a refused post must leave no row, whatever ran before.
  const run = randomUUID().slice(0, 8);

  beforeAll(async () => {
    api = await startPrivacyCenter();
  });
  afterAll(() => api.close());

  async function identitiesNamed(email: string): Promise<number> {
    const [{ count }] = (await api.dataSource.query(
      `SELECT count(*)::int AS count FROM subject_identities WHERE email = $1`,
      [email],
    )) as Array<{ count: number }>;
    return count;
  }

  it('a person who pastes a NUL into the request form reads, in their language, what to fix, and nothing is stored', async () => {
    const agent = browser(api);
    const form = await agent.get('/requests/new/access?lang=es').expect(200);
    const response = await agent
      .post('/requests/new/access')
      .type('form')
      .send({
        _csrf: formToken(form.text),
        email: `pasted.${run}@example.org`,
        name: 'Ana\u0000 Ruiz',
      })
      .expect(400);
    expect(visibleText(response.text)).toContain('No pudimos leer parte de lo que escribió');
    expect(await identitiesNamed(`pasted.${run}@example.org`)).toBe(0);
  });

  it("an agent's upload form with a broken character in a text field is refused before the file is stored", async () => {
    const agent = browser(api);
    const form = await agent.get('/requests/new/access').expect(200);
    const response = await agent
      .post('/requests/new/access')
      .field('_csrf', formToken(form.text))
      .field('email', `agent.upload.${run}@example.org`)
      .field('agent.name', 'Alex \uD800Agent')
      .field('agent.email', 'alex@agents.example')
      .attach('agent.authorization', PDF, {
        filename: 'permission.pdf',
        contentType: 'application/pdf',
      })
      .expect(400);
    expect(visibleText(response.text)).toContain('We could not read some of what you typed');
    expect(await identitiesNamed(`agent.upload.${run}@example.org`)).toBe(0);
  });

  it('a form token with multibyte characters is refused as a stale form, not answered with an error on our side', async () => {
    const agent = browser(api);
    const form = await agent.get('/find').expect(200);
    const token = formToken(form.text);
    await agent
      .post('/find')
      .type('form')
      .send({ _csrf: 'é'.repeat(token.length), reference: 'RD-AAAA-AAAA', email: 'a@example.org' })
      .expect(400);
  });

  it('an integration that sends a note with a NUL gets a 400 naming the field, and no note is kept', async () => {
    const server = api.app.getHttpServer();
    const bearer = `Bearer ${await api.apiKey('requests:write', 'requests:read', 'requests:manage')}`;
    const submitted = await request(server)
      .post('/api/v1/requests')
      .set('authorization', bearer)
      .send({ type: 'access', email: `noted.${run}@example.org`, residence: { country: 'DE' } })
      .expect(201);
    const id = (submitted.body as { id: string }).id;
    const response = await request(server)
      .post(`/api/v1/requests/${id}/notes`)
      .set('authorization', bearer)
      .send({ body: 'called back\u0000' })
      .expect(400);
    expect(response.body).toMatchObject({ code: 'invalid_input', errors: [{ path: 'body.body' }] });
    const search = await request(server)
      .get('/api/v1/requests?q=%00')
      .set('authorization', bearer)
      .expect(400);
    expect(search.body).toMatchObject({ errors: [{ path: 'query.q' }] });
    const notes = (await api.dataSource.query(
      'SELECT count(*)::int AS count FROM request_notes WHERE request_id = $1',
      [id],
    )) as Array<{ count: number }>;
    expect(notes[0]?.count).toBe(0);
  });

  it('an admin checking a data map with an alias bomb reads it as an issue of the map', async () => {
    const response = await request(api.app.getHttpServer())
      .post('/api/v1/admin/data-map/check')
      .set('authorization', `Bearer ${await api.apiKey('admin:data-map')}`)
      .send({ yaml: ALIAS_BOMB })
      .expect(200);
    expect(response.body.valid).toBe(false);
    expect(response.body.issues).toHaveLength(8);
    expect(response.body.issues[0]).toEqual({
      path: '(yaml)',
      line: 2,
      message: 'Aliases are not allowed in a data map: write out the value of *a in full.',
    });
  });

  it.each(['1e+23', '-1', '2147483648', 'abc'])(
    'an admin asking for data map version %s gets a 400 that says it is not a version number',
    async (version) => {
      const response = await request(api.app.getHttpServer())
        .get(`/api/v1/admin/data-map/versions/${version}`)
        .set('authorization', `Bearer ${await api.apiKey('admin:data-map')}`)
        .expect(400);
      expect(response.body.detail).toMatch(/is not a version number/);
    },
  );
});
