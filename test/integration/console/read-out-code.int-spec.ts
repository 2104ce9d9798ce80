import request from 'supertest';
import { Letter, openFromBytes } from '@rightsdesk/persistence';
import { TestApi } from '../../support/api-app';
import { StaffSessionForTests, staffSession } from '../../support/staff';
import { startConsole, visibleText } from './console.support';

/**
 * Lena Brief has no email. She wrote in, got her code by post, and calls: she reads out the code
 * and says her signed declaration is in the post. The officer enters the code on the request
 * page; a wrong one is refused by the field, the right one verifies her, and the trail names the
 * officer who entered it.
 */
describe('console: entering the code a person reads out on a call', () => {
  let api: TestApi;
  let officer: StaffSessionForTests;

  beforeAll(async () => {
    api = await startConsole();
    officer = await staffSession(api, 'privacy_officer');
  });
  afterAll(() => api.close());

  const http = () => request(api.app.getHttpServer());
  const as = (session: StaffSessionForTests) => ({ Cookie: session.cookie });

  async function letterFromLena(): Promise<string> {
    const intake = `Bearer ${await api.apiKey('requests:intake')}`;
    const response = await http()
      .post('/api/v1/requests/intake')
      .set('authorization', intake)
      .send({
        manner: 'phone',
        receivedAt: new Date(Date.now() - 3600_000).toISOString(),
        request: {
          type: 'delete',
          name: 'Lena Brief',
          postalAddress: {
            line1: `${Date.now()} Postal Lane`,
            city: 'Cork',
            postalCode: 'T12 X70A',
            country: 'IE',
          },
          residence: { country: 'IE' },
        },
      })
      .expect(201);
    return response.body.id as string;
  }

  /** A caller who gave an email address: their codes go by email. */
  async function callerWithEmail(): Promise<string> {
    const intake = `Bearer ${await api.apiKey('requests:intake')}`;
    const { body } = await http()
      .post('/api/v1/requests/intake')
      .set('authorization', intake)
      .send({
        manner: 'phone',
        receivedAt: new Date(Date.now() - 3600_000).toISOString(),
        request: {
          type: 'access',
          name: 'Emil Mail',
          email: `emil-${Date.now()}@example.org`,
          answerChannel: 'email',
          residence: { country: 'IE' },
        },
      })
      .expect(201);
    return body.id as string;
  }

  /** The code printed on her newest verification letter, as she reads it out. */
  async function codeOnHerLetter(requestId: string): Promise<string> {
    const letter = await api.dataSource.getRepository(Letter).findOneOrFail({
      where: { requestId, kind: 'verification_letter' },
      order: { createdAt: 'DESC' },
    });
    const input = openFromBytes(
      api.config.packageEncryptionKey,
      `${letter.id}:input`,
      letter.sealedInput,
    ).toString('utf8');
    return /Your code is (\d{6})\./.exec(input)?.[1] as string;
  }

  it('refuses a wrong code by the field, then verifies her with the right one, under the officer’s name', async () => {
    const id = await letterFromLena();
    const code = await codeOnHerLetter(id);
    const page = await http().get(`/console/requests/${id}`).set(as(officer)).expect(200);
    expect(visibleText(page.text)).toContain('Enter the code the person read out');

    const wrong = await http()
      .post(`/console/requests/${id}/verification-code`)
      .set(as(officer))
      .type('form')
      .send({ _csrf: officer.csrfToken, code: code === '000000' ? '111111' : '000000' })
      .expect(400);
    expect(visibleText(wrong.text)).toContain('That code is not right. 4 attempts left.');

    const right = await http()
      .post(`/console/requests/${id}/verification-code`)
      .set(as(officer))
      .type('form')
      .send({
        _csrf: officer.csrfToken,
        code: `${code.slice(0, 3)} ${code.slice(3)}`,
        signedDeclaration: 'yes',
      })
      .expect(303);
    expect(right.headers.location).toBe(`/console/requests/${id}`);
    const after = await http().get(right.headers.location).set(as(officer)).expect(200);
    expect(visibleText(after.text)).toContain('Status Awaiting review');
    expect(visibleText(after.text)).toContain('Code read out on a call, entered by staff');
    // She has no email: the officer reads that the code she proved was the one we posted.
    expect(visibleText(after.text)).toContain('Code sent by post confirmed yes');
    expect(visibleText(after.text)).not.toMatch(/Email code/);

    const [row] = await api.dataSource.query(
      `SELECT status, verification->>'signedDeclaration' AS declaration FROM requests WHERE id = $1`,
      [id],
    );
    expect(row).toEqual({ status: 'awaiting_review', declaration: 'true' });
    const entered = await api.dataSource.query(
      `SELECT actor, data FROM request_events WHERE request_id = $1 AND action = 'verification.code_read_out' ORDER BY seq`,
      [id],
    );
    expect(entered).toEqual([
      { actor: `staff:${officer.id}`, data: { code: true, signedDeclaration: false } },
      { actor: `staff:${officer.id}`, data: { code: true, signedDeclaration: true } },
    ]);
  });

  it('sends a new code by post from the request page when her letter was lost; the old code stops working', async () => {
    const id = await letterFromLena();
    const oldCode = await codeOnHerLetter(id);
    const page = await http().get(`/console/requests/${id}`).set(as(officer)).expect(200);
    expect(visibleText(page.text)).toContain('Send a new code by post');
    // Offered only where codes go by post: a caller who gave an email is sent theirs by email.
    const emailed = await callerWithEmail();
    const theirs = await http().get(`/console/requests/${emailed}`).set(as(officer)).expect(200);
    expect(visibleText(theirs.text)).not.toContain('Send a new code by post');

    const sent = await http()
      .post(`/console/requests/${id}/posted-code`)
      .set(as(officer))
      .type('form')
      .send({ _csrf: officer.csrfToken })
      .expect(303);
    expect(sent.headers.location).toBe(`/console/requests/${id}`);
    const letters = await api.dataSource.query(
      `SELECT id FROM letters WHERE request_id = $1 AND kind = 'verification_letter'`,
      [id],
    );
    expect(letters).toHaveLength(2);
    const newCode = await codeOnHerLetter(id);
    if (newCode !== oldCode) {
      await http()
        .post(`/console/requests/${id}/verification-code`)
        .set(as(officer))
        .type('form')
        .send({ _csrf: officer.csrfToken, code: oldCode })
        .expect(400);
    }
  });

  it('refuses a code that is not six digits, writing nothing', async () => {
    const id = await letterFromLena();
    const refused = await http()
      .post(`/console/requests/${id}/verification-code`)
      .set(as(officer))
      .type('form')
      .send({ _csrf: officer.csrfToken, code: '12ab' })
      .expect(400);
    expect(visibleText(refused.text)).toContain('Error: Must be the six digits of the code.');
    const [row] = await api.dataSource.query(`SELECT status FROM requests WHERE id = $1`, [id]);
    expect(row.status).toBe('pending_verification');
  });
});
