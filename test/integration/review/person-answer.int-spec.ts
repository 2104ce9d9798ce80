import request from 'supertest';
import { Regime, responseDueDate } from '@rightsdesk/domain';
import { RecordPersonAnswerUseCase } from '@rightsdesk/intake';
import { RequestMessage, RequestMessageAttachment } from '@rightsdesk/persistence';
import { TestApi } from '../../support/api-app';
import { createTestRequest } from '../../support/requests';
import { staffSession } from '../../support/staff';
import { binary, pagesOf } from '../notices/letter-pdf.support';
import {
  browser,
  startPrivacyCenter,
  submitThroughForm,
  visibleText,
} from '../privacy-center/privacy-center.support';

const RECEIVED = '2026-11-25T17:00:00Z';
const ASKED = '2026-12-01T17:00:00Z';
const PDF = Buffer.from('%PDF-1.4\nthe order confirmation\n%%EOF');

/**
 * Recording a person's answer to our question, by letter entered in the console's REST twin or
 * by email from the support mailbox (RecordPersonAnswerUseCase), and the due date the person then
 * sees: later by the days we waited under the UK GDPR, unchanged under the CCPA.
 */
describe('recording the person’s answer to our question', () => {
  let api: TestApi;
  let manager: string;

  beforeAll(async () => {
    api = await startPrivacyCenter({ REVIEW_WITHDRAWALS: 'true' });
    manager = `Bearer ${await api.apiKey('requests:manage', 'requests:read')}`;
  });
  afterAll(() => api.close());

  const rest = () => request(api.app.getHttpServer());
  const zone = () => api.config.COMPANY_TIME_ZONE;

  /**
   * A person living in `country` (and `region`) withdraws consent on 25 November 2026; on
   * 1 December an officer asks which newsletter they mean. Returns their status link and id.
   */
  async function askedOnFirstDecember(residence: Record<string, string>) {
    const agent = browser(api);
    const token = await submitThroughForm(agent, 'withdraw_consent', {
      email: `clock-${Math.random().toString(36).slice(2)}@example.org`,
      purposes: 'all',
      ...residence,
    });
    const [row] = (await api.dataSource.query(
      'SELECT id, regime FROM requests ORDER BY created_at DESC LIMIT 1',
    )) as Array<{ id: string; regime: Regime }>;
    const { id, regime } = row!;
    // The request arrived on 25 November (the clock starts then), not when this test ran.
    const due = responseDueDate(regime, new Date(RECEIVED), zone());
    await api.dataSource.query(
      `UPDATE requests SET received_at = $2, due_at = $3, due_explanation = $4, due_rule = $5 WHERE id = $1`,
      [id, RECEIVED, due.dueAt, due.explanation, { dueOn: due.dueOn, basis: due.basis }],
    );
    await rest()
      .post(`/api/v1/requests/${id}/request-information`)
      .set('authorization', manager)
      .send({ message: 'Which newsletter do you mean?' })
      .expect(200);
    // Our question went out on 1 December.
    await api.dataSource.query(
      `UPDATE request_messages SET received_at = $2 WHERE request_id = $1 AND direction = 'to_person'`,
      [id, ASKED],
    );
    return { agent, token, id, regime };
  }

  /** An officer enters the person's letter, which reached the company on 7 December. */
  const letterOnSeventhDecember = (id: string) =>
    rest()
      .post(`/api/v1/requests/${id}/information-received`)
      .set('authorization', manager)
      .send({ note: 'The weekly one, please.', manner: 'letter', receivedOn: '2026-12-07' })
      .expect(200);

  it('a UK resident whose letter came six days after our question sees the due date six days later', async () => {
    const { agent, token, id, regime } = await askedOnFirstDecember({
      'residence.country': 'GB',
    });
    expect(regime).toBe('uk_gdpr');
    const before = visibleText((await agent.get(`/status/${token}`).expect(200)).text);
    expect(before).toContain('We answer by 25 December 2026');

    const { body } = await letterOnSeventhDecember(id);
    expect(body).toEqual({ id, status: 'awaiting_review', dueOn: '2026-12-31' });

    const after = visibleText((await agent.get(`/status/${token}`).expect(200)).text);
    expect(after).toContain('We answer by 31 December 2026');
    expect(after).toContain(
      'The 6 days between our question and your answer are not counted (UK GDPR Art. 12A).',
    );
    expect(after).toContain('We asked on 1 December 2026: Which newsletter do you mean?');
    expect(after).toContain('You wrote on 7 December 2026: The weekly one, please.');
  });

  it('a Californian whose letter came six days after our question keeps the date: the CCPA counts from receipt', async () => {
    const { agent, token, id, regime } = await askedOnFirstDecember({
      'residence.country': 'US',
      'residence.region': 'CA',
    });
    expect(regime).toBe('ccpa');
    const { body } = await letterOnSeventhDecember(id);
    expect(body).toEqual({ id, status: 'awaiting_review', dueOn: '2027-01-09' });
    const after = visibleText((await agent.get(`/status/${token}`).expect(200)).text);
    expect(after).toContain('We answer by 9 January 2027');
    expect(after).not.toContain('not counted');
    expect(after).toContain('You wrote on 7 December 2026: The weekly one, please.');
  });

  it('an emailed answer from the support mailbox, with a PDF, is kept sealed and moves a UK request back to review', async () => {
    const { id } = await askedOnFirstDecember({ 'residence.country': 'GB' });
    const recorded = await api.app.get(RecordPersonAnswerUseCase).execute(
      id,
      {
        channel: 'email',
        receivedAt: new Date('2026-12-04T17:00:00Z'),
        text: 'Weekly. My order confirmation is attached.',
        attachments: [{ fileName: 'order.pdf', content: PDF }],
      },
      'mailbox',
    );
    expect(recorded).toMatchObject({
      status: 'awaiting_review',
      dueOn: '2026-12-28',
      dueMoved: true,
    });
    const [file] = await api.dataSource
      .getRepository(RequestMessageAttachment)
      .find({ where: { requestId: id } });
    expect(file).toMatchObject({ contentType: 'application/pdf', byteSize: PDF.length });
    expect(file!.ciphertext.includes(Buffer.from('order confirmation'))).toBe(false);
  });

  it.each([
    [
      'an answer dated in the future',
      { receivedAt: new Date(Date.now() + 86_400_000), text: 'Weekly.' },
      'cannot be in the future',
    ],
    [
      'a "PDF" that is really a script',
      {
        receivedAt: new Date('2026-12-04T17:00:00Z'),
        text: 'Weekly.',
        attachments: [{ fileName: 'order.pdf', content: Buffer.from('#!/bin/sh\necho hi') }],
      },
      'must be a PDF, JPEG or PNG file',
    ],
    [
      'text with a NUL character',
      { receivedAt: new Date('2026-12-04T17:00:00Z'), text: 'Week\u0000ly' },
      'cannot be kept',
    ],
  ])('%s is refused as bad input and nothing is kept', async (_case, answer, says) => {
    const { id } = await askedOnFirstDecember({ 'residence.country': 'GB' });
    await expect(
      api.app
        .get(RecordPersonAnswerUseCase)
        .execute(id, { channel: 'email', ...answer }, 'mailbox'),
    ).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining(says) });
    const kept = await api.dataSource
      .getRepository(RequestMessage)
      .count({ where: { requestId: id, direction: 'from_person' } });
    expect(kept).toBe(0);
    const [row] = (await api.dataSource.query('SELECT status FROM requests WHERE id = $1', [
      id,
    ])) as Array<{ status: string }>;
    expect(row!.status).toBe('needs_info');
  });

  it('a letter for a request that asked nothing is refused with a 409, and one for no request with a 404', async () => {
    const agent = browser(api);
    await submitThroughForm(agent, 'withdraw_consent', {
      email: 'nothing.asked@example.org',
      purposes: 'all',
    });
    const [row] = (await api.dataSource.query(
      'SELECT id FROM requests ORDER BY created_at DESC LIMIT 1',
    )) as Array<{ id: string }>;
    await rest()
      .post(`/api/v1/requests/${row!.id}/information-received`)
      .set('authorization', manager)
      .send({ note: 'The weekly one.' })
      .expect(409);
    await rest()
      .post('/api/v1/requests/00000000-0000-4000-8000-000000000000/information-received')
      .set('authorization', manager)
      .send({ note: 'The weekly one.' })
      .expect(404);
  });

  it('a person answered by post, writing in Spanish, gets our question once, as a letter in the print queue, and the officer sees it on the timeline', async () => {
    const id = await createTestRequest(api.dataSource, {
      type: 'withdraw_consent',
      name: 'Zoë Núñez',
      language: 'es',
      answerChannel: 'postal',
      postalAddress: {
        line1: '12 Elm Street',
        city: 'Oakland',
        region: 'CA',
        postalCode: '94611',
        country: 'US',
      },
    });
    await rest()
      .post(`/api/v1/requests/${id}/request-information`)
      .set('authorization', manager)
      .send({ message: '¿Qué boletín quiere dejar de recibir?' })
      .expect(200);
    const { body: list } = await rest()
      .get(`/api/v1/requests/${id}/correspondence`)
      .set('authorization', manager)
      .expect(200);
    const asked = list.filter((message: { kind: string }) => message.kind === 'information_needed');
    expect(asked).toEqual([expect.objectContaining({ channel: 'postal' })]);
    const copy = await rest()
      .get(`/api/v1/correspondence/${asked[0].id}/copy`)
      .set('authorization', manager)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const text = pagesOf(copy.body as Buffer)
      .join(' ')
      .replace(/\s+/g, ' ');
    expect(text).toContain('Lo que necesitamos: ¿Qué boletín quiere dejar de recibir?');
    // The officer's timeline keeps the question as sent.
    const { body: review } = await rest()
      .get(`/api/v1/requests/${id}/review`)
      .set('authorization', manager)
      .expect(200);
    expect(review.messages).toEqual([
      expect.objectContaining({
        direction: 'to_person',
        channel: 'console',
        body: '¿Qué boletín quiere dejar de recibir?',
      }),
    ]);
  });

  it('an officer enters a letter on the console request page; a date in the future comes back with the problem beside the field', async () => {
    const { agent, token, id } = await askedOnFirstDecember({ 'residence.country': 'GB' });
    const officer = await staffSession(api, 'privacy_officer');
    const page = await rest()
      .get(`/console/requests/${id}`)
      .set('Cookie', officer.cookie)
      .expect(200);
    expect(visibleText(page.text)).toContain("Record the person's answer (letter or call)");
    const post = (fields: Record<string, string>) =>
      rest()
        .post(`/console/requests/${id}/information-received`)
        .set('Cookie', officer.cookie)
        .type('form')
        .send({ _csrf: officer.csrfToken, manner: 'letter', note: 'The weekly one.', ...fields });

    const refused = await post({ receivedOn: '2999-01-01' }).expect(400);
    expect(visibleText(refused.text)).toContain('cannot be in the future');
    // The error summary links to the date field itself.
    expect(refused.text).toContain('href="#field-information-received-receivedOn"');
    expect(refused.text).toContain('id="field-information-received-receivedOn"');

    await post({ receivedOn: '2026-12-07' }).expect(303);
    const seen = visibleText((await agent.get(`/status/${token}`).expect(200)).text);
    expect(seen).toContain('You wrote on 7 December 2026: The weekly one.');
    expect(seen).toContain('We answer by 31 December 2026');
    const timeline = visibleText(
      (await rest().get(`/console/requests/${id}`).set('Cookie', officer.cookie).expect(200)).text,
    );
    expect(timeline).toContain('Answer from the person (by letter)');
  });
});
