import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { openFromBytes } from '@rightsdesk/persistence';
import { waitUntil } from '../support/app-processes';
import { processorWebhookScenario } from '../support/processor-webhook-scenario';

/**
 * The demo map's processor (the email provider, told by webhook) and its paper archive (a task
 * for staff), end to end: the built api and worker as processes, a real HTTP server on 127.0.0.1
 * standing in for the processor (hence WEBHOOK_ALLOW_PRIVATE=true), a real SMTP server.
 */
describe('processors told by webhook, and tasks done by hand, end to end: deletion', () => {
  const scenario = processorWebhookScenario('webhook_delete');
  const {
    smtp,
    key,
    secret,
    deliveries,
    answers,
    call,
    callBack,
    completeTask,
    submit,
    stepOn,
    footprint,
  } = scenario;
  let baseUrl: string;
  let dataSource: DataSource;
  let writer: string;
  let officer: string;
  beforeAll(() => {
    ({ baseUrl, dataSource, writer, officer } = scenario);
  });

  it('deletes: the processor verifies, answers 202 and calls back; staff shred the letters; the request completes', async () => {
    answers.erase = { status: 202 };
    const email = 'ada.lindqvist@example.org';
    const waiting = await submit(
      { type: 'delete', email },
      (answer) =>
        ['email_provider', 'support_letters'].every(
          (source) => stepOn(answer, source)?.status === 'waiting',
        ) && stepOn(answer, 'shop')?.status === 'done',
    );
    expect(waiting.status).toBe('in_progress');
    const hook = stepOn(waiting, 'email_provider');
    const letters = stepOn(waiting, 'support_letters');

    // The processor got one signed message with what it needs to act, and no more.
    const delivery = deliveries.find((candidate) => candidate.body.requestId === waiting.id);
    expect(delivery?.signatureValid).toBe(true);
    expect(delivery?.headers['idempotency-key']).toBe(hook.id);
    expect(delivery?.body).toEqual({
      requestId: waiting.id,
      reference: waiting.reference,
      action: 'erase',
      subject: { email },
      callbackUrl: `${baseUrl}/api/v1/processor-callbacks/${hook.id}`,
      sentAt: expect.any(String),
    });

    // Staff see what waits for whom, and what to do; the person sees the wait, not the internals.
    expect(hook.waitingFor).toEqual({
      kind: 'recipient',
      recipient: 'Email delivery service',
      instructions: null,
    });
    expect(letters.waitingFor).toMatchObject({
      kind: 'staff',
      instructions: expect.stringMatching(/support letters archive/),
    });
    const own = (await call(`/api/v1/requests/${waiting.id}`, waiting.statusToken)).body;
    expect(stepOn(own, 'support_letters').waitingFor?.instructions).toBeNull();
    // The person's status page says, per place, how far the work is, in words.
    const page = await fetch(`${baseUrl}/status/${encodeURIComponent(waiting.statusToken)}`);
    const progress = [
      ...(await page.text()).matchAll(/<tr>\s*<td>([^<]*)<\/td>\s*<td>([^<]*)<\/td>\s*<\/tr>/g),
    ].map((row) => `${row[1]}: ${row[2]}`);
    expect(progress).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Our shop(&#39;|&#x27;|')s records: Done$/),
        'Email delivery service: We told them and are waiting for their confirmation',
        'Your letters to customer support: Our staff are doing this by hand',
      ]),
    );
    // Places are named for the person: never a staff note or a database's raw name.
    expect(progress.join('\n')).not.toMatch(/cabinet|shred|office archive|\(shop\)/i);
    // In Spanish, the processor told is named in Spanish too, as the data map names it.
    const spanish = await fetch(
      `${baseUrl}/status/${encodeURIComponent(waiting.statusToken)}?lang=es`,
    );
    expect(await spanish.text()).toMatch(
      /<td>Servicio de envío de correo electrónico<\/td>\s*<td>Les avisamos y esperamos su confirmación<\/td>/,
    );

    // Refused callbacks change nothing.
    const before = await footprint(waiting.id);
    const done = JSON.stringify({ status: 'done', note: 'Removed from all lists.' });
    const refused = [
      await callBack(hook.id, done, randomBytes(32).toString('hex')),
      await callBack(hook.id, done, secret, new Date(Date.now() - 10 * 60_000)),
      await callBack(randomUUID(), done),
      await callBack('not-a-step', done),
      await callBack(letters.id, done), // a manual task takes no callback
      await callBack(hook.id, JSON.stringify({ status: 'maybe' })),
    ];
    expect(refused.map((answer) => answer.status)).toEqual([401, 401, 404, 404, 404, 400]);
    expect(refused[0].body.detail).toMatch(/signature does not match/);
    expect(refused[1].body.detail).toMatch(/more than 5 minutes/);
    expect(await footprint(waiting.id)).toEqual(before);

    // The processor reports it is done; once only.
    expect(await callBack(hook.id, done)).toEqual({
      status: 200,
      body: { stepId: hook.id, status: 'done' },
    });
    expect((await callBack(hook.id, done)).status).toBe(409);
    const afterCallback = (await call(`/api/v1/requests/${waiting.id}`, officer)).body;
    expect(afterCallback.status).toBe('in_progress'); // the letters still wait for staff

    // Staff: a note is required, the file must be what it claims, the scope is needed.
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      randomBytes(200),
    ]);
    const form = (note: string | undefined, file?: Blob, name = 'shredding-log.png') => {
      const data = new FormData();
      if (note !== undefined) data.append('note', note);
      if (file) data.append('file', file, name);
      return data;
    };
    const beforeTask = await footprint(waiting.id);
    const noNote = await completeTask(waiting.id, letters.id, form('  '));
    const fakePdf = await completeTask(
      waiting.id,
      letters.id,
      form(
        'Shredded.',
        new Blob([Buffer.from('MZ not a pdf')], { type: 'application/pdf' }),
        'a.pdf',
      ),
    );
    const noScope = await completeTask(waiting.id, letters.id, form('Shredded.'), writer);
    const wrongStep = await completeTask(waiting.id, randomUUID(), form('Shredded.'));
    expect([noNote.status, fakePdf.status, noScope.status, wrongStep.status]).toEqual([
      400, 400, 403, 404,
    ]);
    expect(noNote.body.detail).toMatch(/note is required/);
    expect(fakePdf.body.detail).toMatch(/PDF, PNG, JPEG or plain text/);
    expect(await footprint(waiting.id)).toEqual(beforeTask);

    const completed = await completeTask(
      waiting.id,
      letters.id,
      form(
        'Two letters found in cabinet 2 and shredded on site.',
        new Blob([png], { type: 'image/png' }),
      ),
    );
    expect(completed).toEqual({ status: 200, body: { stepId: letters.id, status: 'done' } });

    await waitUntil(
      async () =>
        (await call(`/api/v1/requests/${waiting.id}`, officer)).body.status === 'completed',
      60_000,
      () => 'the request to complete after its last waiting step',
    );
    const notice = await smtp.waitFor(
      (message) =>
        message.subject === `Your request to delete your data ${waiting.reference} is complete`,
    );
    expect(notice.text).toMatch(/Told Email delivery service: done/);
    expect(notice.text).toMatch(/Done by our staff/);

    // The evidence is kept, the file sealed at rest.
    const [evidence] = await dataSource.query(
      `SELECT note, file_name, content_type, byte_size, sealed_file, completed_by
         FROM manual_task_evidence WHERE step_id = $1`,
      [letters.id],
    );
    expect(evidence).toMatchObject({
      note: 'Two letters found in cabinet 2 and shredded on site.',
      file_name: 'shredding-log.png',
      content_type: 'image/png',
      byte_size: png.length,
      completed_by: expect.stringMatching(/^api:/),
    });
    expect((evidence.sealed_file as Buffer).includes(png.subarray(8, 40))).toBe(false);
    expect(openFromBytes(key, letters.id, evidence.sealed_file as Buffer).equals(png)).toBe(true);

    // Staff read back what was recorded, and the file itself; a person's token cannot.
    const recorded = await call(
      `/api/v1/requests/${waiting.id}/tasks/${letters.id}/evidence`,
      officer,
    );
    expect(recorded.body).toMatchObject({
      note: 'Two letters found in cabinet 2 and shredded on site.',
      file: { fileName: 'shredding-log.png', contentType: 'image/png', byteSize: png.length },
    });
    const file = await fetch(
      `${baseUrl}/api/v1/requests/${waiting.id}/tasks/${letters.id}/evidence/file`,
      { headers: { authorization: `Bearer ${officer}` } },
    );
    expect(file.headers.get('content-disposition')).toBe(
      'attachment; filename="shredding-log.png"',
    );
    expect(Buffer.from(await file.arrayBuffer()).equals(png)).toBe(true);
    const asPerson = await call(
      `/api/v1/requests/${waiting.id}/tasks/${letters.id}/evidence`,
      waiting.statusToken,
    );
    expect(asPerson.status).toBe(403);
  }, 180_000);
});
