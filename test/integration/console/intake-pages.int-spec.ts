import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { TestApi } from '../../support/api-app';
import { StaffSessionForTests, staffSession } from '../../support/staff';
import { startConsole, visibleText } from './console.support';

/**
 * An officer enters, from the console, a request that reached the company by letter, phone or in
 * person (issue 14): the deadline runs from the day the company received it, the scanned letter
 * is kept sealed and only staff who act on requests can download it (each download audited), a
 * file that lies about its type is refused with nothing written, and a second open request of
 * the same type for the same person is linked to the first, as on the web.
 */
describe('console intake of letters and calls', () => {
  let api: TestApi;
  let officer: StaffSessionForTests;
  let auditor: StaffSessionForTests;

  beforeAll(async () => {
    api = await startConsole({ COMPANY_TIME_ZONE: 'America/Los_Angeles' });
    officer = await staffSession(api, 'privacy_officer');
    auditor = await staffSession(api, 'auditor');
  });
  afterAll(() => api.close());

  const http = () => request(api.app.getHttpServer());
  const scan = Buffer.concat([
    Buffer.from('%PDF-1.4\n'),
    Buffer.from('Please delete everything you hold about me. Pat Letterwriter\n'),
    Buffer.from('%%EOF\n'),
  ]);
  const emailOf = (label: string) => `${label}-${randomUUID().slice(0, 8)}@example.org`;

  /** The form as an officer fills it in: a deletion asked by letter from Oakland, California. */
  function letterForm(email: string, extra: Record<string, string> = {}): Record<string, string> {
    return {
      type: 'delete',
      name: 'Pat Letterwriter',
      email,
      'postalAddress.line1': '12 Elm Street',
      'postalAddress.city': 'Oakland',
      'postalAddress.region': 'CA',
      'postalAddress.postalCode': '94607',
      'postalAddress.country': 'US',
      'residence.country': 'US',
      'residence.region': 'CA',
      language: 'en',
      answerChannel: 'postal',
      manner: 'postal',
      // A Monday, 09:00 in Oakland: 17:00 UTC.
      receivedOn: '2026-11-16',
      receivedTime: '09:00',
      ...extra,
    };
  }

  function post(
    session: StaffSessionForTests,
    fields: Record<string, string | string[]>,
    file?: { content: Buffer; name: string; type: string },
  ) {
    let call = http()
      .post('/console/intake')
      .set('Cookie', session.cookie)
      .set('X-CSRF-Token', session.csrfToken);
    for (const [name, value] of Object.entries(fields)) {
      for (const one of [value].flat()) call = call.field(name, one);
    }
    if (file) {
      call = call.attach('document', file.content, {
        filename: file.name,
        contentType: file.type,
      });
    }
    return call;
  }

  async function rowsFor(email: string): Promise<number> {
    const [row] = (await api.dataSource.query(
      `SELECT count(*)::int AS n FROM requests r JOIN subject_identities s ON s.id = r.subject_id
       WHERE s.email = $1`,
      [email],
    )) as Array<{ n: number }>;
    return row.n;
  }

  it('enters a letter received last week: clock from receipt, scan sealed, downloadable and audited', async () => {
    const email = emailOf('letter');
    const entered = await post(officer, letterForm(email), {
      content: scan,
      name: 'letter from Pat.pdf',
      type: 'application/pdf',
    }).expect(303);
    const requestId = /^\/console\/requests\/([0-9a-f-]{36})$/.exec(entered.headers.location)?.[1];
    expect(requestId).toBeDefined();

    const [row] = await api.dataSource.query(
      `SELECT manner, answer_channel, received_at, due_at FROM requests WHERE id = $1`,
      [requestId],
    );
    expect(row.manner).toBe('postal');
    expect(row.answer_channel).toBe('postal');
    expect(new Date(row.received_at).toISOString()).toBe('2026-11-16T17:00:00.000Z');

    // The file is kept sealed: its words are not in the table.
    const [stored] = await api.dataSource.query(
      `SELECT content_type, byte_size, ciphertext, attached_by FROM intake_documents WHERE request_id = $1`,
      [requestId],
    );
    expect(stored).toMatchObject({
      content_type: 'application/pdf',
      byte_size: scan.length,
      attached_by: `staff:${officer.id}`,
    });
    expect(Buffer.from(stored.ciphertext).includes(Buffer.from('Letterwriter'))).toBe(false);

    // The officer lands on the request: received date with its zone, manner, deadline, the file.
    const page = await http()
      .get(entered.headers.location)
      .set('Cookie', officer.cookie)
      .expect(200);
    const text = visibleText(page.text);
    expect(text).toMatch(/Received 16 November 2026.{0,20}09:00.{0,40}Pacific/);
    expect(text).toContain('Received by Post');
    expect(text).toContain(
      'The law gives us 45 days from the day we received your request, 16 November 2026 (CCPA regs 7021(b)).',
    );
    expect(text).toContain('31 December 2026');
    expect(text).toMatch(/Letter or call note letter from Pat\.pdf \(PDF, 1 KB\)/);
    expect(page.text).toContain(`href="/console/intake/${requestId}/document"`);

    const download = await http()
      .get(`/console/intake/${requestId}/document`)
      .set('Cookie', officer.cookie)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200)
      .expect('content-type', 'application/pdf');
    expect(Buffer.compare(download.body as Buffer, scan)).toBe(0);
    const events = await api.dataSource.query(
      `SELECT action, actor FROM request_events WHERE request_id = $1 AND action LIKE 'intake.%' ORDER BY at`,
      [requestId],
    );
    expect(events).toEqual([
      { action: 'intake.document_attached', actor: `staff:${officer.id}` },
      { action: 'intake.document_downloaded', actor: `staff:${officer.id}` },
    ]);

    // An auditor reads the request but neither sees the link nor opens the file.
    const auditorPage = await http()
      .get(entered.headers.location)
      .set('Cookie', auditor.cookie)
      .expect(200);
    expect(auditorPage.text).not.toContain(`/console/intake/${requestId}/document`);
    await http()
      .get(`/console/intake/${requestId}/document`)
      .set('Cookie', auditor.cookie)
      .expect(403);
  });

  it('refuses a file that lies about its type, saying so beside the field, and writes nothing', async () => {
    const email = emailOf('liar');
    const response = await post(officer, letterForm(email), {
      content: Buffer.from('MZ\x90\x00 this is a program, not a scan'),
      name: 'scan.png',
      type: 'image/png',
    }).expect(400);
    const text = visibleText(response.text);
    expect(text).toContain(
      'The file is not a PDF, JPEG or PNG (whatever its name says): choose the scan itself.',
    );
    // The form comes back as it was filled in.
    expect(response.text).toContain('value="12 Elm Street"');
    expect(await rowsFor(email)).toBe(0);
  });

  it('refuses a scan over 10 MB beside its field, keeping what was typed, and writes nothing', async () => {
    const email = emailOf('huge');
    const huge = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(10 * 1024 * 1024, 0x41)]);
    const response = await post(officer, letterForm(email), {
      content: huge,
      name: 'scan.pdf',
      type: 'application/pdf',
    }).expect(400);
    expect(visibleText(response.text)).toContain(
      'The file is larger than 10 MB: scan it at a lower resolution.',
    );
    expect(response.text).toContain('value="Pat Letterwriter"');
    expect(await rowsFor(email)).toBe(0);
  });

  it.each([
    [
      'nothing filled in',
      {},
      [
        'Choose the type of request.',
        'Choose how the request arrived.',
        'Enter the date and the time the request was received.',
      ],
    ],
    [
      'a receipt time in the future',
      { receivedOn: '2099-01-01' },
      ['The date and time received cannot be in the future.'],
    ],
    [
      'a receipt more than a year ago',
      { receivedOn: '2025-06-01' },
      ['The date received must be within the last year.'],
    ],
    [
      'a day that does not exist',
      { receivedOn: '2026-02-30' },
      ['Enter a real date as year-month-day (2026-11-16) and a time as hours:minutes (09:30).'],
    ],
    [
      'a postal answer with an incomplete address',
      { 'postalAddress.line1': '', 'postalAddress.city': '', 'postalAddress.postalCode': '' },
      [
        'Enter the first line of the address.',
        'Enter the town or city of the address.',
        'Enter the postal code of the address.',
      ],
    ],
    [
      'a postal answer and no address at all',
      {
        'postalAddress.line1': '',
        'postalAddress.city': '',
        'postalAddress.region': '',
        'postalAddress.postalCode': '',
      },
      ['Enter their postal address: the answer goes by post.'],
    ],
    [
      'a malformed email address',
      { email: 'pat at example' },
      ['Enter an email address such as name@example.com, or leave it empty.'],
    ],
    [
      'no email address and no name',
      { email: '', name: '' },
      ['Enter their name: without an email address, letters are addressed to them by name.'],
    ],
    [
      'no email address and an answer by email',
      { email: '', answerChannel: 'email' },
      ['Choose post: without an email address, every answer goes to them by letter.'],
    ],
    ['a correction with no field chosen', { type: 'correct' }, ['Choose the field to correct.']],
    [
      'a consent withdrawal with nothing ticked',
      { type: 'withdraw_consent' },
      ['Tick at least one consent they withdraw.'],
    ],
  ])(
    're-shows the form with each problem beside its field: %s',
    async (_label, changes, messages) => {
      const email = emailOf('invalid');
      const fields =
        Object.keys(changes).length === 0
          ? {}
          : letterForm(email, changes as Record<string, string>);
      const response = await post(officer, fields).expect(400);
      const text = visibleText(response.text);
      expect(text).toMatch(/^Error: Enter a request/);
      for (const message of messages) expect(text).toContain(message);
      expect(response.text).toContain('class="error-summary"');
      expect(await rowsFor(email)).toBe(0);
    },
  );

  it('enters a letter from a person with no email: kept by name and address, their code posted', async () => {
    const name = `Noemail ${randomUUID().slice(0, 8)}`;
    const entered = await post(officer, letterForm('', { name })).expect(303);
    const requestId = /^\/console\/requests\/([0-9a-f-]{36})$/.exec(entered.headers.location)?.[1];
    const [row] = (await api.dataSource.query(
      `SELECT s.email, s.name, r.answer_channel, r.status FROM requests r
       JOIN subject_identities s ON s.id = r.subject_id WHERE r.id = $1`,
      [requestId],
    )) as Array<{ email: string | null; name: string; answer_channel: string; status: string }>;
    expect(row).toEqual({
      email: null,
      name,
      answer_channel: 'postal',
      status: 'pending_verification',
    });
    const letters = (await api.dataSource.query(
      `SELECT kind, channel FROM correspondence WHERE request_id = $1`,
      [requestId],
    )) as Array<{ kind: string; channel: string }>;
    expect(letters).toContainEqual({ kind: 'verification_letter', channel: 'postal' });
  });

  it('records a request handed over in person, and links a second open one to the first', async () => {
    const email = emailOf('twice');
    const withdrawal = letterForm(email, {
      type: 'withdraw_consent',
      purposes: 'all',
      manner: 'in_person',
      answerChannel: 'email',
    });
    const first = await post(officer, withdrawal).expect(303);
    const second = await post(officer, { ...withdrawal, manner: 'phone' }).expect(303);
    const id = (response: request.Response) => response.headers.location.split('/').pop();
    const rows = await api.dataSource.query(
      `SELECT id, manner, status, duplicate_of_id FROM requests WHERE id IN ($1, $2)`,
      [id(first), id(second)],
    );
    const byId = Object.fromEntries(rows.map((row: { id: string }) => [row.id, row]));
    expect(byId[id(first)!]).toMatchObject({ manner: 'in_person', duplicate_of_id: null });
    expect(byId[id(second)!]).toMatchObject({
      manner: 'phone',
      status: 'cancelled',
      duplicate_of_id: id(first),
    });
    const page = await http()
      .get(second.headers.location)
      .set('Cookie', officer.cookie)
      .expect(200);
    expect(page.text).toContain(`href="/console/requests/${id(first)}"`);
  });

  it('enters a correction of one of their addresses, as the privacy center asks it', async () => {
    const entered = await post(
      officer,
      letterForm(emailOf('correct'), {
        type: 'correct',
        'correction.field': 'record:line1',
        'correction.record': 'billing',
        'correction.value': '7 New Road',
      }),
    ).expect(303);
    const [row] = await api.dataSource.query(`SELECT type, details FROM requests WHERE id = $1`, [
      entered.headers.location.split('/').pop(),
    ]);
    expect(row.type).toBe('correct');
    expect(JSON.stringify(row.details)).toContain('7 New Road');
    const page = await http()
      .get(entered.headers.location)
      .set('Cookie', officer.cookie)
      .expect(200);
    expect(visibleText(page.text)).toMatch(/Billing address.{0,40}Address line 1.{0,20}7 New Road/);
  });

  it('offers the page to roles that enter requests, and refuses auditors', async () => {
    const officerPage = await http()
      .get('/console/intake')
      .set('Cookie', officer.cookie)
      .expect(200);
    expect(officerPage.text).toMatch(/href="\/console\/intake"\s+aria-current="page"/);
    expect(visibleText(officerPage.text)).toContain('Time received (Pacific');
    const queue = await http().get('/console/requests').set('Cookie', auditor.cookie).expect(200);
    expect(queue.text).not.toContain('href="/console/intake"');
    await http().get('/console/intake').set('Cookie', auditor.cookie).expect(403);
  });
});
