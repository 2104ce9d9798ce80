import request from 'supertest';
import { RequestMessage, RequestMessageAttachment } from '@rightsdesk/persistence';
import { TestApi } from '../../support/api-app';
import {
  browser,
  formToken,
  startPrivacyCenter,
  submitThroughForm,
  visibleText,
} from './privacy-center.support';

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('a photo of the newsletter'),
]);

/**
 * A person whose request waits for information answers on their status page: the form is there
 * only while we wait, says what is wrong with a bad answer, and keeps nothing from it.
 */
describe('privacy center: answering our question on the status page', () => {
  let api: TestApi;
  let manager: string;

  beforeAll(async () => {
    api = await startPrivacyCenter({ REVIEW_WITHDRAWALS: 'true' });
    manager = `Bearer ${await api.apiKey('requests:manage', 'requests:read')}`;
  });
  afterAll(() => api.close());

  const rest = () => request(api.app.getHttpServer());

  /** A Californian withdraws consent; an officer asks which newsletter they mean. */
  async function asked(agent: ReturnType<typeof browser>, language: 'en' | 'es') {
    // The request is kept in the language of the pages the person reads (remembered by cookie).
    await agent.get(`/?lang=${language}`).expect(200);
    const token = await submitThroughForm(agent, 'withdraw_consent', {
      email: `answer-${Math.random().toString(36).slice(2)}@example.org`,
      purposes: 'all',
      'residence.country': 'US',
      'residence.region': 'CA',
    });
    const [row] = (await api.dataSource.query(
      'SELECT id FROM requests ORDER BY created_at DESC LIMIT 1',
    )) as Array<{ id: string }>;
    const id = row!.id;
    await rest()
      .post(`/api/v1/requests/${id}/request-information`)
      .set('authorization', manager)
      .send({ message: 'Which newsletter do you mean?' })
      .expect(200);
    return { token, id };
  }

  const answersOf = (requestId: string) =>
    api.dataSource
      .getRepository(RequestMessage)
      .count({ where: { requestId, direction: 'from_person' } });
  const statusOf = async (requestId: string) =>
    (
      (await api.dataSource.query('SELECT status FROM requests WHERE id = $1', [requestId])) as [
        { status: string },
      ]
    )[0].status;

  it('a person writing in Spanish answers with a photo, and both sides see question and answer in order', async () => {
    const agent = browser(api);
    const { token, id } = await asked(agent, 'es');
    const page = await agent.get(`/status/${token}?lang=es`).expect(200);
    const before = visibleText(page.text);
    expect(before).toContain('Necesitamos más información');
    expect(before).toContain('Which newsletter do you mean?');
    const due = /Fecha límite de respuesta \d{1,2} de \w+ de \d{4}/.exec(before)?.[0];
    expect(due).toBeDefined();

    await agent
      .post(`/status/${token}/answer`)
      .field('_csrf', formToken(page.text))
      .field('answer', 'El boletín semanal.')
      .attach('document', PNG, { filename: 'boletin.png', contentType: 'image/png' })
      .expect(303)
      .expect('location', `/status/${token}`);

    const after = visibleText((await agent.get(`/status/${token}?lang=es`).expect(200)).text);
    expect(after).toMatch(
      /Le preguntamos el \d{1,2} de \w+ de \d{4}: Which newsletter do you mean\?/,
    );
    expect(after).toMatch(/Usted escribió el \d{1,2} de \w+ de \d{4}: El boletín semanal\./);
    expect(after.indexOf('Le preguntamos')).toBeLessThan(after.indexOf('Usted escribió'));
    // The form is gone once we have the answer, and a Californian's date does not move.
    expect(after).not.toContain('Enviar su respuesta');
    expect(after).toContain(due!);
    expect(await statusOf(id)).toBe('awaiting_review');

    const { body: review } = await rest()
      .get(`/api/v1/requests/${id}/review`)
      .set('authorization', manager)
      .expect(200);
    expect(review.messages).toEqual([
      expect.objectContaining({ direction: 'to_person', body: 'Which newsletter do you mean?' }),
      expect.objectContaining({
        direction: 'from_person',
        channel: 'status_page',
        body: 'El boletín semanal.',
        attachments: [expect.objectContaining({ contentType: 'image/png', byteSize: PNG.length })],
      }),
    ]);
    const [file] = await api.dataSource
      .getRepository(RequestMessageAttachment)
      .find({ where: { requestId: id } });
    // Sealed at rest, like a scanned letter: the photo's bytes are not in the table.
    expect(file!.ciphertext.includes(Buffer.from('a photo of the newsletter'))).toBe(false);
  });

  it.each([
    ['an empty answer', { answer: '   ' }, 'Fill this in.'],
    ['an answer too long to keep', { answer: 'x'.repeat(5001) }, 'This is too long.'],
    [
      'a "photo" that is really text',
      { answer: 'Here it is.', file: { bytes: Buffer.from('not an image'), type: 'image/png' } },
      'The file must be a PDF, JPEG or PNG.',
    ],
    [
      'a file over 10 MB',
      {
        answer: 'Here it is.',
        file: { bytes: Buffer.concat([PNG, Buffer.alloc(10 * 1024 * 1024)]), type: 'image/png' },
      },
      'The file must be at most 10 MB.',
    ],
  ])('%s gets a 400 page saying what to fix, and nothing is kept', async (_case, input, says) => {
    const agent = browser(api);
    const { token, id } = await asked(agent, 'en');
    const page = await agent.get(`/status/${token}`).expect(200);
    let post = agent
      .post(`/status/${token}/answer`)
      .field('_csrf', formToken(page.text))
      .field('answer', input.answer);
    if ('file' in input && input.file) {
      post = post.attach('document', input.file.bytes, {
        filename: 'answer.png',
        contentType: input.file.type,
      });
    }
    const refused = await post.expect(400);
    expect(visibleText(refused.text)).toContain(says);
    expect(visibleText(refused.text)).toContain('Send your answer');
    expect(await answersOf(id)).toBe(0);
    expect(await statusOf(id)).toBe('needs_info');
  });

  it('text with a NUL character is refused with a 400 and nothing is kept', async () => {
    const agent = browser(api);
    const { token, id } = await asked(agent, 'en');
    const page = await agent.get(`/status/${token}`).expect(200);
    const refused = await agent
      .post(`/status/${token}/answer`)
      .field('_csrf', formToken(page.text))
      .field('answer', 'weekly\u0000one')
      .expect(400);
    expect(visibleText(refused.text)).toContain('We could not read some of what you typed');
    expect(await answersOf(id)).toBe(0);
  });

  it('nobody answers for someone else: an unknown link is a 404, and a request we asked nothing of shows no form and takes no answer', async () => {
    const agent = browser(api);
    const { token } = await asked(agent, 'en');
    const page = await agent.get(`/status/${token}`).expect(200);
    await agent
      .post(`/status/not-a-real-token-${'x'.repeat(20)}/answer`)
      .field('_csrf', formToken(page.text))
      .field('answer', 'I am someone else.')
      .expect(404);

    const other = await submitThroughForm(agent, 'withdraw_consent', {
      email: 'not.asked@example.org',
      purposes: 'all',
      'residence.country': 'US',
      'residence.region': 'CA',
    });
    const otherPage = await agent.get(`/status/${other}`).expect(200);
    expect(visibleText(otherPage.text)).not.toContain('Send your answer');
    await agent
      .post(`/status/${other}/answer`)
      .field('_csrf', formToken(page.text))
      .field('answer', 'Nobody asked me.')
      .expect(303)
      .expect('location', `/status/${other}`);
    const [row] = (await api.dataSource.query(
      `SELECT count(*)::int AS n FROM request_messages m JOIN requests r ON r.id = m.request_id
        WHERE m.body = 'Nobody asked me.'`,
    )) as Array<{ n: number }>;
    expect(row!.n).toBe(0);
  });
});
