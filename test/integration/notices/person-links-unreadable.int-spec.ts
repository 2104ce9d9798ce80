import request from 'supertest';
import { SendNoticeUseCase } from '@rightsdesk/notices';
import { Correspondence, MIGRATIONS } from '@rightsdesk/persistence';
import { TestApi, startTestApi } from '../../support/api-app';
import { SmtpSink } from '../../support/smtp-sink';
import { staffSession } from '../../support/staff';

/** Anything in a text that could pass for a person's 43-character secret. */
const TOKEN_LIKE = /[A-Za-z0-9_-]{43}/g;

describe('person tokens never readable by staff', () => {
  let api: TestApi;
  const smtp = new SmtpSink();

  beforeAll(async () => {
    api = await startTestApi({ SMTP_URL: await smtp.start() });
  });
  afterAll(async () => {
    await api.close();
    await smtp.stop();
  });

  const http = () => request(api.app.getHttpServer());

  it('an auditor and a read-only key find no working token in any copy, while the person’s email links to their page', async () => {
    const writer = `Bearer ${await api.apiKey('requests:write')}`;
    const email = `tokens-${Date.now()}@example.org`;
    const { body: filed } = await http()
      .post('/api/v1/requests')
      .set('authorization', writer)
      .send({ type: 'access', email })
      .expect(201);
    const copies = api.dataSource.getRepository(Correspondence);
    // A copy written before links were sealed, as an older version stored it, then the upgrade.
    const link = `${api.config.PUBLIC_URL}/status/${filed.statusToken}?lang=en`;
    await copies.save(
      copies.create({
        requestId: filed.id,
        dedupeKey: 'request_received:email',
        kind: 'request_received',
        channel: 'email',
        language: 'en',
        recipient: email,
        subject: 'We received your request',
        bodyText: `You can follow your request at any time here: ${link} (this link is yours alone).`,
        bodyHtml: `<p>You can follow your request at any time here: <a href="${link}">${link}</a></p>`,
        status: 'sent',
      }),
    );
    const Redaction = MIGRATIONS.find(({ name }) => name === 'RedactPersonLinks1766240100000');
    if (!Redaction) throw new Error('no migration redacts the links in stored copies');
    const upgrade = api.dataSource.createQueryRunner();
    await new Redaction().up(upgrade);
    await upgrade.release();

    const auditor = await staffSession(api, 'auditor');
    const readKey = await api.apiKey('requests:read');
    const readers: Array<(path: string) => request.Test> = [
      (path) => http().get(path).set('cookie', auditor.cookie),
      (path) => http().get(path).set('authorization', `Bearer ${readKey}`),
    ];
    const seen: string[] = [];
    for (const read of readers) {
      const list = await read(`/api/v1/requests/${filed.id}/correspondence`).expect(200);
      seen.push(JSON.stringify(list.body));
      const ids = (JSON.stringify(list.body).match(/[0-9a-f-]{36}/g) ?? []).filter(
        (id) => id !== filed.id,
      );
      for (const id of new Set(ids)) {
        for (const format of ['text', 'html']) {
          const copy = await read(`/api/v1/correspondence/${id}/copy?format=${format}`);
          if (copy.status === 200) seen.push(copy.text);
        }
      }
    }
    const everything = seen.join('\n');
    expect(everything).toContain('We received your request');
    // Staff read what the link was, in words, where the person read the link.
    expect(everything).toContain('[link to the person’s status page]');
    expect(everything).not.toContain(filed.statusToken);
    // Whatever they read, nothing lets them act as the person.
    const candidates = new Set(everything.match(TOKEN_LIKE) ?? []);
    for (const candidate of candidates) {
      await http()
        .post(`/api/v1/requests/${filed.id}/appeal`)
        .set('authorization', `Bearer ${candidate}`)
        .send({ reason: 'I disagree' })
        .expect(401);
    }

    // The person's email, built at sending, still opens their request.
    const notice = await copies.findOneByOrFail({ requestId: filed.id, kind: 'verification_code' });
    await api.app.get(SendNoticeUseCase).execute(notice.id);
    const mail = await smtp.waitFor(
      (message) =>
        message.subject === notice.subject && (message.to as { text: string }).text.includes(email),
    );
    const token = /\/status\/([A-Za-z0-9_-]{43})/.exec(mail.text as string)?.[1];
    expect(token).toBe(filed.statusToken);
    await http()
      .get(`/api/v1/requests/${filed.id}`)
      .set('authorization', `Bearer ${token}`)
      .expect(200);
  });

  it('a message still waiting at the upgrade reaches the person with their link, and staff then read it redacted', async () => {
    const writer = `Bearer ${await api.apiKey('requests:write')}`;
    const email = `waiting-${Date.now()}@example.org`;
    const { body: filed } = await http()
      .post('/api/v1/requests')
      .set('authorization', writer)
      .send({ type: 'access', email })
      .expect(201);
    const copies = api.dataSource.getRepository(Correspondence);
    // Written before links were sealed, and still waiting to go out when the upgrade ran.
    const link = `${api.config.PUBLIC_URL}/status/${filed.statusToken}?lang=en`;
    const waiting = await copies.save(
      copies.create({
        requestId: filed.id,
        dedupeKey: 'request_received:email',
        kind: 'request_received',
        channel: 'email',
        language: 'en',
        recipient: email,
        subject: 'We received your request (waiting)',
        bodyText: `You can follow your request at any time here: ${link}`,
        bodyHtml: `<p>You can follow your request at any time here: <a href="${link}">${link}</a></p>`,
        status: 'pending',
      }),
    );
    for (const name of [
      'RedactPersonLinks1766240100000',
      'RedactLinksSentAfterUpgrade1766310000001',
    ]) {
      const Redaction = MIGRATIONS.find((migration) => migration.name === name);
      if (!Redaction) throw new Error(`no migration ${name}`);
      const upgrade = api.dataSource.createQueryRunner();
      await new Redaction().up(upgrade);
      await upgrade.release();
    }

    await api.app.get(SendNoticeUseCase).execute(waiting.id);
    const mail = await smtp.waitFor(
      (message) => message.messageId === `<${waiting.id}@rightsdesk>`,
    );
    expect(mail.text).toContain(link);

    const auditor = await staffSession(api, 'auditor');
    for (const format of ['text', 'html']) {
      const copy = await http()
        .get(`/api/v1/correspondence/${waiting.id}/copy?format=${format}`)
        .set('cookie', auditor.cookie)
        .expect(200);
      expect(copy.text).toContain('You can follow your request at any time here');
      expect(copy.text).toContain('[link to the person’s status page]');
      expect(copy.text).not.toContain(filed.statusToken);
    }
  });
});
