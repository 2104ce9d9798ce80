import request from 'supertest';
import { Letter, openFromBytes } from '@rightsdesk/persistence';
import { TestApi } from '../../support/api-app';
import { browser, formToken, startPrivacyCenter, visibleText } from './privacy-center.support';

/**
 * Ida Brief has no email. She wrote in, and our letter with her code was lost in the post. On the
 * privacy center's page for codes from our letters she gives her reference and asks for a new
 * code: a new letter is queued, the old code stops working, and the new one opens her request.
 * Someone guessing references learns nothing, and asking again and again posts no more letters
 * than emailed codes are sent.
 */
describe('privacy center: a new code by post for a person without email', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startPrivacyCenter({ VERIFICATION_CODES_PER_HOUR: '3' });
  });
  afterAll(() => api.close());

  async function letterFromIda(): Promise<{ id: string; reference: string }> {
    const intake = `Bearer ${await api.apiKey('requests:intake')}`;
    const { body } = await request(api.app.getHttpServer())
      .post('/api/v1/requests/intake')
      .set('authorization', intake)
      .send({
        manner: 'postal',
        receivedAt: new Date(Date.now() - 3600_000).toISOString(),
        request: {
          type: 'access',
          name: 'Ida Brief',
          postalAddress: {
            line1: `${Date.now()} Letterbox Lane`,
            city: 'Cork',
            postalCode: 'T12 X70A',
            country: 'IE',
          },
          residence: { country: 'IE' },
        },
      })
      .expect(201);
    return body as { id: string; reference: string };
  }

  /** The codes on her verification letters, oldest first, as she would read them. */
  async function codesPostedTo(requestId: string): Promise<string[]> {
    const letters = await api.dataSource.getRepository(Letter).find({
      where: { requestId, kind: 'verification_letter' },
      order: { createdAt: 'ASC' },
    });
    return letters.map((letter) => {
      const input = openFromBytes(
        api.config.packageEncryptionKey,
        `${letter.id}:input`,
        letter.sealedInput,
      ).toString('utf8');
      return /Your code is (\d{6})\./.exec(input)?.[1] as string;
    });
  }

  async function askForNewCode(agent: ReturnType<typeof browser>, reference: string) {
    const form = await agent.get('/verify/letter').expect(200);
    return agent
      .post('/verify/letter/code')
      .type('form')
      .send({ _csrf: formToken(form.text), newCodeReference: reference });
  }

  async function open(agent: ReturnType<typeof browser>, reference: string, code: string) {
    const form = await agent.get('/verify/letter').expect(200);
    return agent
      .post('/verify/letter')
      .type('form')
      .send({ _csrf: formToken(form.text), reference, code });
  }

  it('posts her a new code when she gives her reference; the old one stops working, the new one opens her request', async () => {
    const ida = await letterFromIda();
    const agent = browser(api);
    const page = await agent.get('/verify/letter').expect(200);
    expect(visibleText(page.text)).toContain('Lost the code, or has it stopped working?');

    const asked = await askForNewCode(agent, ida.reference.toLowerCase());
    expect(asked.status).toBe(200);
    expect(visibleText(asked.text)).toContain(
      'If that reference number belongs to a request waiting for a code, we are posting a new code to the address we have for it.',
    );
    const [oldCode, newCode] = await codesPostedTo(ida.id);
    expect(newCode).toMatch(/^\d{6}$/);

    if (oldCode !== newCode) expect((await open(agent, ida.reference, oldCode)).status).toBe(400);
    const opened = await open(agent, ida.reference, newCode);
    expect(opened.status).toBe(303);
    expect(opened.headers.location).toMatch(/^\/status\//);
  });

  it('answers an unknown reference the same way, posting nothing', async () => {
    const before = await api.dataSource.query(`SELECT count(*)::int AS n FROM letters`);
    const asked = await askForNewCode(browser(api), 'RD-ZZZZ-ZZZZ');
    expect(asked.status).toBe(200);
    expect(visibleText(asked.text)).toContain('If that reference number belongs to a request');
    const after = await api.dataSource.query(`SELECT count(*)::int AS n FROM letters`);
    expect(after[0].n).toBe(before[0].n);
  });

  it('refuses a reference that cannot be one, by the field', async () => {
    const asked = await askForNewCode(browser(api), 'not a reference');
    expect(asked.status).toBe(400);
    expect(visibleText(asked.text)).toContain('Error:');
  });

  it('posts no more codes in an hour than it emails', async () => {
    const ida = await letterFromIda();
    const agent = browser(api);
    const statuses: number[] = [];
    for (let ask = 0; ask < 6; ask += 1)
      statuses.push((await askForNewCode(agent, ida.reference)).status);
    // The first letter and two more reach the hourly limit of three; the reference's own limit
    // then refuses further asks outright.
    expect(await codesPostedTo(ida.id)).toHaveLength(3);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses[5]).toBe(429);
  });
});
