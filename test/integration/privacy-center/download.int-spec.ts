import { CollectAccessPackageUseCase } from '@rightsdesk/fulfilment';
import { statusTokenHash } from '@rightsdesk/intake';
import { Correspondence, openFromBytes } from '@rightsdesk/persistence';
import { findCardLikeNumbers } from '../../support/card-number-scan';
import { TestApi } from '../../support/api-app';
import { waitUntil } from '../../support/app-processes';
import { readZipPackage } from '../../support/package-reader';
import {
  browser,
  formToken,
  startPrivacyCenter,
  submitThroughForm,
  visibleText,
} from './privacy-center.support';

type Agent = ReturnType<typeof browser>;

/**
 * Downloading the data of a completed access request from the privacy center: a fresh emailed
 * code, a short grant, the ZIP streamed and decrypted, every download recorded, and nothing once
 * the package has expired.
 */
describe('privacy center: downloading your data', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startPrivacyCenter();
  });
  afterAll(async () => {
    await api?.close();
  });

  /** A GDPR access request made on the form, approved and fulfilled as the worker would. */
  async function completedAccess(agent: Agent, email: string, language = 'en') {
    await api.dataSource.query(
      `UPDATE requests SET status = 'cancelled' WHERE status NOT IN ('completed', 'denied', 'cancelled', 'expired')
         AND subject_id IN (SELECT id FROM subject_identities WHERE lower(email) = lower($1))`,
      [email],
    );
    const token = await submitThroughForm(agent, 'access', {
      email,
      'residence.country': 'DE',
      lang: language,
    });
    const [request] = await api.dataSource.query(
      'SELECT id, reference FROM requests WHERE status_token_hash = $1',
      [statusTokenHash(api.config.tokenKey, token)],
    );
    await api.dataSource.query(`UPDATE requests SET status = 'approved' WHERE id = $1`, [
      request.id,
    ]);
    // The worker's use case, as the api's modules provide it.
    await api.app.get(CollectAccessPackageUseCase).execute(request.id);
    const path = `/status/${token}/download`;
    return { token, path, id: request.id as string, reference: request.reference as string };
  }

  /** The newest download code emailed for a request, read as the worker would before sending. */
  async function emailedCode(
    requestId: string,
  ): Promise<{ message: Correspondence; code: string }> {
    const message = await api.dataSource.getRepository(Correspondence).findOneOrFail({
      where: { requestId, kind: 'download_code' },
      order: { createdAt: 'DESC' },
    });
    if (!message.sealedSecrets) throw new Error('the download email holds no code');
    const { code } = JSON.parse(
      openFromBytes(api.config.packageEncryptionKey, message.id, message.sealedSecrets).toString(),
    ) as { code: string };
    return { message, code };
  }

  async function askForCode(agent: Agent, path: string): Promise<string> {
    const page = await agent.get(path).expect(200);
    const sent = await agent
      .post(`${path}/code`)
      .type('form')
      .send({ _csrf: formToken(page.text) })
      .expect(303);
    expect(sent.headers.location).toBe(`${path}?sent=1`);
    const form = await agent.get(sent.headers.location).expect(200);
    expect(visibleText(form.text)).toContain('We sent you a code. Enter it below.');
    return formToken(form.text);
  }

  function download(agent: Agent, path: string) {
    return agent
      .get(`${path}/file`)
      .buffer(true)
      .parse((response, done) => {
        const parts: Buffer[] = [];
        response.on('data', (part: Buffer) => parts.push(part));
        response.on('end', () => done(null, Buffer.concat(parts)));
      });
  }

  async function downloadsOf(requestId: string) {
    return api.dataSource.query(
      `SELECT outcome, byte_count::int AS bytes FROM access_downloads WHERE request_id = $1 ORDER BY started_at`,
      [requestId],
    );
  }

  it('asks for a fresh code, refuses a wrong one, then streams the ZIP and records it', async () => {
    const agent = browser(api);
    const { token, path, id, reference } = await completedAccess(
      agent,
      'grace.omalley@example.com',
    );

    // The status page offers the download; the file itself needs a code first.
    const status = await agent.get(`/status/${token}`).expect(200);
    expect(status.text).toContain(`href="${path}"`);
    const early = await agent.get(`${path}/file`).expect(303);
    expect(early.headers.location).toBe(path);
    const page = await agent.get(path).expect(200);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(visibleText(page.text)).toContain('Email me a code');
    expect(page.text).not.toContain('name="code"');

    const csrf = await askForCode(agent, path);
    const { message, code } = await emailedCode(id);
    expect(message.subject).toBe(`Your code to download your data (request ${reference})`);
    expect(message.bodyText).toContain('{{code}}'); // the stored copy never holds the code
    const [challenge] = await api.dataSource.query(
      'SELECT code_hash FROM download_challenges WHERE request_id = $1',
      [id],
    );
    expect(challenge.code_hash).not.toContain(code);

    const wrong = code === '000000' ? '111111' : '000000';
    const refused = await agent
      .post(path)
      .type('form')
      .send({ _csrf: csrf, code: wrong })
      .expect(400);
    expect(visibleText(refused.text)).toContain('That code is not right. You have 4 tries left.');
    await download(agent, path).expect(303);

    const accepted = await agent.post(path).type('form').send({ _csrf: csrf, code }).expect(303);
    expect(accepted.headers.location).toBe(path);
    expect(accepted.headers['set-cookie']?.[0]).toMatch(/HttpOnly/i);
    const ready = await agent.get(path).expect(200);
    expect(ready.text).toContain(`href="${path}/file"`);

    const file = await download(agent, path).expect(200);
    expect(file.headers['content-type']).toBe('application/zip');
    expect(file.headers['content-disposition']).toBe(`attachment; filename="${reference}.zip"`);
    expect(file.headers['cache-control']).toBe('no-store');
    const zip = file.body as Buffer;
    expect(Number(file.headers['content-length'])).toBe(zip.length);
    const read = await readZipPackage(zip);
    expect(read.manifest.reference).toBe(reference);
    expect(read.rows('customers')[0]).toMatchObject({ last_name: "O'Malley" });
    expect(findCardLikeNumbers([...read.entries.values()].join('\n'))).toEqual([]);

    // A second download in the grant's minutes works too; each one is recorded.
    await download(agent, path).expect(200);
    // Recorded once the last byte has gone out, just after the response ends.
    await waitUntil(
      async () =>
        (await downloadsOf(id)).every((row: { outcome: string }) => row.outcome !== 'started'),
      5_000,
    );
    expect(await downloadsOf(id)).toEqual([
      { outcome: 'completed', bytes: zip.length },
      { outcome: 'completed', bytes: zip.length },
    ]);
    const events = await api.dataSource.query(
      `SELECT actor, data FROM request_events WHERE request_id = $1 AND action = 'access.downloaded'`,
      [id],
    );
    expect(events).toHaveLength(2);
    expect(Object.keys(events[0].data).sort()).toEqual(['bytes', 'downloadId', 'packageId']);
    const timeline = visibleText((await agent.get(`/status/${token}`).expect(200)).text);
    expect(timeline).toContain('We emailed you a code to download your data');
    expect(timeline).toContain('Your data was downloaded');
  }, 60_000);

  it('stops a code after too many wrong tries, and a grant after its minutes', async () => {
    const agent = browser(api);
    const { path, id } = await completedAccess(agent, 'priya.raman@example.net');
    const csrf = await askForCode(agent, path);
    const { code } = await emailedCode(id);
    const wrong = code === '000000' ? '111111' : '000000';
    for (let left = 4; left >= 1; left -= 1) {
      const refused = await agent.post(path).type('form').send({ _csrf: csrf, code: wrong });
      expect(refused.status).toBe(400);
      expect(visibleText(refused.text)).toContain(
        `You have ${left} ${left === 1 ? 'try' : 'tries'} left.`,
      );
    }
    const last = await agent.post(path).type('form').send({ _csrf: csrf, code: wrong }).expect(410);
    expect(visibleText(last.text)).toContain('entered wrongly too many times');
    // The right code is no use now: a new one must be asked for.
    await agent.post(path).type('form').send({ _csrf: csrf, code }).expect(410);
    await download(agent, path).expect(303);

    await askForCode(agent, path);
    const fresh = (await emailedCode(id)).code;
    await agent.post(path).type('form').send({ _csrf: csrf, code: fresh }).expect(303);
    await api.dataSource.query(
      `UPDATE download_challenges SET grant_expires_at = now() - interval '1 second' WHERE request_id = $1`,
      [id],
    );
    await download(agent, path).expect(303);
    expect(await downloadsOf(id)).toEqual([]);
  }, 60_000);

  it('answers 410 once the package has expired, and the status page stops offering it', async () => {
    const agent = browser(api);
    const { token, path, id } = await completedAccess(
      agent,
      'eleni.papadopoulou@example.org',
      'es',
    );
    await agent.get(`${path}?lang=en`).expect(200); // the pages in English from here on
    const csrf = await askForCode(agent, path);
    const { message, code } = await emailedCode(id);
    expect(message.subject).toContain('Su código para descargar sus datos');
    await agent.post(path).type('form').send({ _csrf: csrf, code }).expect(303);

    await api.dataSource.query(
      `UPDATE access_packages SET created_at = now() - interval '31 days' WHERE request_id = $1`,
      [id],
    );
    const gone = await agent.get(path).expect(410);
    expect(visibleText(gone.text)).toContain('Your download has expired');
    await download(agent, path).expect(410);
    await agent.post(`${path}/code`).type('form').send({ _csrf: csrf }).expect(410);
    const status = await agent.get(`/status/${token}`).expect(200);
    expect(status.text).not.toContain(`href="${path}"`);
    expect(await downloadsOf(id)).toEqual([]);
  }, 60_000);
});
