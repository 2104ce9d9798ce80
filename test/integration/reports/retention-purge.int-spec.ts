import 'reflect-metadata';
import { DataSource } from 'typeorm';
import {
  PurgeExpiredRecordsUseCase,
  ReportContext,
  ReportsModule,
  ccpaMetrics,
  requestLog,
} from '@rightsdesk/reports';
import { type TestModule, testModule } from '../../support/test-module';
import { ZONE, insertRequest, reportsDatabase } from './report-fixtures';

const NOW = new Date('2026-12-02T12:00:00Z'); // 24 months back: 2024-12-02

/** Gives a request a row in every table that holds personal data about it. */
async function withPersonalData(db: DataSource, requestId: string): Promise<void> {
  const [mail] = (await db.query(
    `INSERT INTO correspondence (request_id, dedupe_key, kind, channel, language, recipient, subject, body_text, body_html, sealed_secrets, error)
     VALUES ($1, $2, 'request_completed', 'postal', 'en', 'Ana Pérez, 1 Main St', 'Your request', 'Dear Ana Pérez …', '<p>Dear Ana</p>', '\\x01'::bytea, '550 ana@example.org: no such user')
     RETURNING id`,
    [requestId, `completed-${requestId}`],
  )) as Array<{ id: string }>;
  await db.query(
    `INSERT INTO letters (id, correspondence_id, request_id, reference, kind, language, pages, sealed_pdf, sealed_input)
     VALUES (gen_random_uuid(), $1, $2, 'x', 'request_completed', 'en', 1, '\\x0102'::bytea, '\\x0304'::bytea)`,
    [mail.id, requestId],
  );
  const [pkg] = (await db.query(
    `INSERT INTO access_packages (request_id, status, format) VALUES ($1, 'ready', 'zip') RETURNING id`,
    [requestId],
  )) as Array<{ id: string }>;
  await db.query(
    `INSERT INTO package_chunks (package_id, seq, iv, auth_tag, ciphertext) VALUES ($1, 0, '\\x00', '\\x00', '\\x0a0b')`,
    [pkg.id],
  );
  await db.query(
    `INSERT INTO download_challenges (request_id, package_id, code_hash, expires_at, max_attempts) VALUES ($1, $2, 'h-' || $1::uuid::text, now(), 5)`,
    [requestId, pkg.id],
  );
  await db.query(
    `INSERT INTO verification_challenges (request_id, code_hash, link_hash, expires_at, max_attempts) VALUES ($1, 'c-' || $1::uuid::text, 'l-' || $1::uuid::text, now(), 5)`,
    [requestId],
  );
  await db.query(
    `INSERT INTO agent_authorizations (request_id, agent_name, agent_email, kind, file_name, content_type, byte_size, iv, auth_tag, ciphertext)
     VALUES ($1, 'Agent Smith', 'agent@example.org', 'signed_permission', 'permission.pdf', 'application/pdf', 3, '\\x00', '\\x00', '\\x010203')`,
    [requestId],
  );
  // The person's answer to our question, with the photo they sent.
  const [answer] = (await db.query(
    `INSERT INTO request_messages (request_id, direction, channel, body, received_at, recorded_by)
     VALUES ($1, 'from_person', 'status_page', 'I am Ana Pérez of 1 Calle Mayor', now(), 'subject')
     RETURNING id`,
    [requestId],
  )) as Array<{ id: string }>;
  await db.query(
    `INSERT INTO request_message_attachments (message_id, request_id, file_name, content_type, byte_size, iv, auth_tag, ciphertext)
     VALUES ($1, $2, 'ana.png', 'image/png', 3, '\\x00', '\\x00', '\\x010203')`,
    [answer!.id, requestId],
  );
  const [step] = (await db.query(
    `INSERT INTO fulfilment_steps (request_id, action, source, status, planned, result)
     VALUES ($1, 'erase', 'shop', 'done', '{"keys": {"customers": [42]}}', '{"tables": [{"table": "customers", "rowsDeleted": 1}]}')
     RETURNING id`,
    [requestId],
  )) as Array<{ id: string }>;
  await db.query(
    `INSERT INTO manual_task_evidence (step_id, request_id, completed_by, note, file_name, content_type, byte_size, sealed_file)
     VALUES ($1, $2, 'officer-1', 'Called Ana Pérez at 555-0100', 'call.txt', 'text/plain', 3, '\\x0102')`,
    [step.id, requestId],
  );
}

describe(PurgeExpiredRecordsUseCase.name, () => {
  let db: DataSource;
  let reports: TestModule;
  let purge: PurgeExpiredRecordsUseCase;
  let context: ReportContext;
  const ids: Record<string, string> = {};

  const identityOf = async (requestId: string) =>
    (
      (await db.query(
        'SELECT s.email, s.name, s.phone FROM subject_identities s JOIN requests r ON r.subject_id = s.id WHERE r.id = $1',
        [requestId],
      )) as Array<{ email: string; name: string | null; phone: string | null }>
    )[0];
  const countOf = async (table: string, requestId: string) =>
    (
      (await db.query(`SELECT count(*)::int AS n FROM ${table} WHERE request_id = $1`, [
        requestId,
      ])) as Array<{ n: number }>
    )[0].n;

  beforeAll(async () => {
    const database = await reportsDatabase('retention');
    db = database.dataSource;
    // The worker's purge, from its module, on this file's own database.
    reports = await testModule([ReportsModule], {
      DATABASE_URL: database.url,
      REQUEST_RETENTION_MONTHS: '24',
    });
    purge = reports.get(PurgeExpiredRecordsUseCase);
    context = { db, timeZone: ZONE, companyName: 'Example Shop', now: NOW };
    ids.old = await insertRequest(db, {
      reference: 'OLD',
      type: 'correct',
      status: 'completed',
      received: '2024-09-01 12:00',
      closed: '2024-10-01 12:00', // 26 months before NOW
      details: {
        corrections: [{ field: 'customers.phone', value: '555-0199' }],
        residence: { country: 'US', region: 'CA' },
      },
    });
    ids.recent = await insertRequest(db, {
      reference: 'RECENT',
      status: 'completed',
      received: '2024-12-10 12:00',
      closed: '2025-01-15 12:00', // 22 months: kept
    });
    ids.open = await insertRequest(db, {
      reference: 'OPEN',
      status: 'failed',
      received: '2024-01-10 12:00', // old but never closed: kept
    });
    ids.appealed = await insertRequest(db, {
      reference: 'APPEALED',
      type: 'delete',
      status: 'denied',
      received: '2024-06-01 12:00',
      closed: '2024-06-10 12:00',
      denialBasis: 'exempt',
    });
    ids.appeal = await insertRequest(db, {
      reference: 'APPEAL',
      type: 'appeal',
      status: 'completed',
      received: '2024-06-20 12:00',
      closed: '2025-02-01 12:00', // the appeal closed 22 months ago: its parent waits for it
      parent: 'APPEALED',
    });
    for (const id of Object.values(ids)) await withPersonalData(db, id);
    // The email the person wrote to the support mailbox, with the scan that came with it.
    await db.query(
      `WITH message AS (
         INSERT INTO mailbox_messages (id, message_id, status, received_at, byte_size, sealed, request_id)
         VALUES (gen_random_uuid(), '<old-request@mail.example.net>', 'converted', '2024-09-01 12:00', 900, '\\x0102'::bytea, $1)
         RETURNING id
       )
       INSERT INTO mailbox_attachments (id, mailbox_message_id, position, content_type, byte_size, sealed)
       SELECT gen_random_uuid(), id, 0, 'application/pdf', 10, '\\x0304'::bytea FROM message`,
      [ids.old],
    );
  }, 60_000);
  afterAll(async () => {
    await reports?.close();
    await db?.destroy();
  });

  it('purges nothing and changes nothing when the purge fails halfway (one transaction)', async () => {
    // A failure after the first tables were purged, where the audit row is written.
    await db.query(`CREATE FUNCTION fail_purge() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'simulated crash'; END $$ LANGUAGE plpgsql`);
    await db.query(
      `CREATE TRIGGER fail_purge BEFORE INSERT ON request_events FOR EACH ROW
       WHEN (NEW.action = 'request.personal_data_purged') EXECUTE FUNCTION fail_purge()`,
    );
    try {
      await expect(purge.runOnce(NOW)).rejects.toThrow(/simulated crash/);
    } finally {
      await db.query('DROP TRIGGER fail_purge ON request_events');
      await db.query('DROP FUNCTION fail_purge()');
    }
    expect(await identityOf(ids.old)).toMatchObject({ email: 'old@example.org' });
    expect(await countOf('access_packages', ids.old)).toBe(1);
  });

  it('purges the personal data of a request closed over 24 months ago, keeps its log line and counts', async () => {
    const metricsBefore = await ccpaMetrics(context, 2024, 'all');

    expect(await purge.runOnce(NOW)).toBe(1);
    // Idempotent: a second sweep (or a second worker) finds nothing left to do.
    expect(await purge.runOnce(NOW)).toBe(0);

    // Gone: who the person is, what was sent to them, their package, their agent's papers.
    expect(await identityOf(ids.old)).toEqual({ email: '', name: null, phone: null });
    const [mail] = (await db.query(
      'SELECT recipient, subject, body_text, body_html, sealed_secrets, error FROM correspondence WHERE request_id = $1',
      [ids.old],
    )) as Array<Record<string, unknown>>;
    expect(mail).toEqual({
      recipient: '',
      subject: 'Your request',
      body_text: '',
      body_html: null,
      sealed_secrets: null,
      error: null,
    });
    const [letter] = (await db.query(
      'SELECT length(sealed_pdf) AS pdf, length(sealed_input) AS input FROM letters WHERE request_id = $1',
      [ids.old],
    )) as Array<{ pdf: number; input: number }>;
    expect(letter).toEqual({ pdf: 0, input: 0 });
    for (const table of [
      'access_packages',
      'download_challenges',
      'verification_challenges',
      'agent_authorizations',
      'request_messages',
      'request_message_attachments',
    ]) {
      expect(await countOf(table, ids.old)).toBe(0);
    }
    // The support message's words and files go; its Message-ID stays, so it is never read in again.
    const [message] = (await db.query(
      `SELECT m.message_id, m.sealed, (SELECT count(*)::int FROM mailbox_attachments a WHERE a.mailbox_message_id = m.id) AS files
       FROM mailbox_messages m WHERE m.request_id = $1`,
      [ids.old],
    )) as Array<Record<string, unknown>>;
    expect(message).toEqual({
      message_id: '<old-request@mail.example.net>',
      sealed: null,
      files: 0,
    });
    const [chunks] = (await db.query('SELECT count(*)::int AS n FROM package_chunks')) as Array<{
      n: number;
    }>;
    expect(chunks.n).toBe(4); // the other four requests' packages
    const [evidence] = (await db.query(
      'SELECT note, file_name, sealed_file, completed_by FROM manual_task_evidence WHERE request_id = $1',
      [ids.old],
    )) as Array<Record<string, unknown>>;
    expect(evidence).toEqual({
      note: '',
      file_name: null,
      sealed_file: null,
      completed_by: 'officer-1',
    });
    const [step] = (await db.query(
      'SELECT planned, result FROM fulfilment_steps WHERE request_id = $1',
      [ids.old],
    )) as Array<{ planned: unknown; result: unknown }>;
    expect(step).toEqual({
      planned: null,
      result: { tables: [{ table: 'customers', rowsDeleted: 1 }] },
    });

    // Kept: the request's facts, without the corrected values or where the person lives.
    const [request] = (await db.query(
      'SELECT reference, type, status, details, personal_data_purged_at FROM requests WHERE id = $1',
      [ids.old],
    )) as Array<Record<string, unknown>>;
    expect(request).toMatchObject({
      reference: 'OLD',
      type: 'correct',
      status: 'completed',
      details: { correctedFields: ['customers.phone'] },
    });
    expect(request.personal_data_purged_at).not.toBeNull();

    // Audited, with what was purged.
    const [event] = (await db.query(
      `SELECT actor, reason, data FROM request_events WHERE request_id = $1 AND action = 'request.personal_data_purged'`,
      [ids.old],
    )) as Array<{ actor: string; reason: string; data: Record<string, number> }>;
    expect(event).toMatchObject({
      actor: 'system',
      data: {
        identity: 1,
        correspondence: 1,
        letters: 1,
        accessPackages: 1,
        downloadChallenges: 1,
        verificationChallenges: 1,
        agentAuthorizations: 1,
        requestMessages: 1,
        taskEvidence: 1,
        fulfilmentPlans: 1,
        supportMessages: 1,
        retentionMonths: 24,
      },
    });
    expect(event.reason).toMatch(/more than 24 months/);

    // The regs 7101 log line and the regs 7102 counts are what they were.
    const log = await requestLog(context, { from: '2024-01-01', to: '2024-12-31' });
    expect(log.requests.find((row) => row.reference === 'OLD')).toMatchObject({
      receivedOn: '2024-09-01',
      respondedOn: '2024-10-01',
      nature: 'correct',
      response: 'complied',
      personalDataPurged: true,
    });
    const metricsAfter = await ccpaMetrics(context, 2024, 'all');
    expect(metricsAfter.rows).toEqual(metricsBefore.rows);
  });

  it('keeps requests closed less than 24 months ago, open ones, and one whose appeal is recent', async () => {
    for (const id of [ids.recent, ids.open, ids.appealed, ids.appeal]) {
      expect((await identityOf(id)).email).toMatch(/@example\.org$/);
      expect(await countOf('access_packages', id)).toBe(1);
      expect(await countOf('agent_authorizations', id)).toBe(1);
    }
  });

  it('clears a support message filed as not a request once it is older than 24 months, keeping its Message-ID', async () => {
    // Three emails no request came of: filed long ago, filed lately, and one never triaged.
    const filed = async (messageId: string, status: string, received: string) =>
      (
        (await db.query(
          `WITH message AS (
             INSERT INTO mailbox_messages
               (id, message_id, status, received_at, byte_size, sealed, filed_reason, triaged_by)
             VALUES (gen_random_uuid(), $1, $2, $3, 900, '\\x0102'::bytea,
               CASE WHEN $2 = 'not_a_request' THEN 'a question about order 5521 from Ana' END,
               CASE WHEN $2 = 'not_a_request' THEN 'staff:officer' END)
             RETURNING id
           ), file AS (
             INSERT INTO mailbox_attachments (id, mailbox_message_id, position, content_type, byte_size, sealed)
             SELECT gen_random_uuid(), id, 0, 'application/pdf', 10, '\\x0304'::bytea FROM message
           )
           SELECT id FROM message`,
          [messageId, status, received],
        )) as Array<{ id: string }>
      )[0].id;
    const old = await filed('<filed-old@mail.example.net>', 'not_a_request', '2024-09-01 12:00');
    const recent = await filed('<filed-new@mail.example.net>', 'not_a_request', '2025-06-01 12:00');
    const draft = await filed('<draft-old@mail.example.net>', 'draft', '2024-09-01 12:00');
    const state = async (id: string) =>
      (
        (await db.query(
          `SELECT m.message_id, m.sealed IS NOT NULL AS sealed, m.filed_reason,
                  (SELECT count(*)::int FROM mailbox_attachments a WHERE a.mailbox_message_id = m.id) AS files
             FROM mailbox_messages m WHERE m.id = $1`,
          [id],
        )) as Array<Record<string, unknown>>
      )[0];

    expect(await purge.purgeFiledSupportMessages(NOW)).toBe(1);
    expect(await purge.purgeFiledSupportMessages(NOW)).toBe(0);

    expect(await state(old)).toEqual({
      message_id: '<filed-old@mail.example.net>',
      sealed: false,
      filed_reason: null,
      files: 0,
    });
    expect(await state(recent)).toMatchObject({ sealed: true, files: 1 });
    expect(await state(draft)).toMatchObject({ sealed: true, files: 1 });
  });

  it('purges the appealed request together with its appeal once both are old enough', async () => {
    const later = new Date('2027-03-01T12:00:00Z'); // the appeal closed 25 months before
    expect(await purge.runOnce(later)).toBe(3); // RECENT, APPEALED, APPEAL
    expect((await identityOf(ids.appealed)).email).toBe('');
    expect((await identityOf(ids.open)).email).toBe('open@example.org');
  });
});
