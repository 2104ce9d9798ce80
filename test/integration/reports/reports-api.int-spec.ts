import 'reflect-metadata';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { sealAuditChain } from '@rightsdesk/requests';
import { REPORT_NAMES, REPORT_SCHEMAS, ReportName } from '@rightsdesk/reports';
import { TestApi, startTestApi } from '../../support/api-app';
import { requestAggregateFor } from '../../support/request-aggregate';
import { ZONE, insertRequest, reportsDatabase } from './report-fixtures';
import { parseCsv, pdfText, qpdfCheck } from './report-files';

const QUERIES: Record<ReportName, string> = {
  'ccpa-metrics': 'year=2025&scope=california',
  timeliness: 'from=2025-01-01&to=2025-12-31',
  'request-log': 'from=2025-01-01&to=2025-12-31',
  'audit-log': 'from=2025-01-01&to=2025-12-31',
  'processing-record': '',
};

/** A PDF's text as one line, so a phrase wrapped across lines still matches. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('GET /api/v1/reports/{report}', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let reader: string;
  const http = () => request(api.app.getHttpServer());
  const get = (path: string) => http().get(path).set('authorization', reader);
  const binary = (path: string) =>
    get(path)
      .buffer(true)
      .parse((res, callback) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => callback(null, Buffer.concat(chunks)));
      });

  beforeAll(async () => {
    const database = await reportsDatabase('api');
    dataSource = database.dataSource;
    api = await startTestApi({ DATABASE_URL: database.url, COMPANY_TIME_ZONE: ZONE });
    reader = `Bearer ${await api.apiKey('reports:read')}`;
    const ids = [
      await insertRequest(dataSource, {
        reference: 'RD-2025-0001',
        status: 'completed',
        received: '2025-03-01 12:00',
        closed: '2025-03-11 12:00',
      }),
      await insertRequest(dataSource, {
        reference: 'RD-2025-0002',
        type: 'delete',
        status: 'denied',
        received: '2025-04-01 12:00',
        closed: '2025-04-03 12:00',
        denialBasis: 'unverifiable',
      }),
      await insertRequest(dataSource, {
        reference: 'RD-2025-0003',
        type: 'correct',
        status: 'awaiting_review',
        received: '2025-05-01 12:00',
        // A comma, a quote and a line break: CSV must quote them (RFC 4180).
        denialBasis: null as unknown as undefined,
      }),
    ];
    const { audit, transactions } = await requestAggregateFor(dataSource);
    await transactions.withTransaction(async () => {
      for (const [index, requestId] of ids.entries()) {
        await audit.append({
          requestId,
          actor: 'system',
          action: 'request.received',
          toStatus: 'received',
          reason: index === 0 ? 'said "hello", then\nleft' : null,
          at: new Date(`2025-0${index + 3}-01T20:00:00Z`),
        });
        await audit.append({
          requestId,
          actor: 'worker',
          action: 'request.verify',
          fromStatus: 'received',
          toStatus: 'verified',
          at: new Date(`2025-0${index + 3}-02T20:00:00Z`),
        });
      }
    });
    while ((await sealAuditChain(dataSource)) > 0) {
      /* seal every row */
    }
  }, 60_000);
  afterAll(async () => {
    await api?.close();
    await dataSource?.destroy();
  });

  it('lists the reports and is described in the OpenAPI document', async () => {
    const list = await get('/api/v1/reports').expect(200);
    expect(list.body.map((entry: { report: string }) => entry.report)).toEqual([...REPORT_NAMES]);
    const openApi = await http().get('/api/docs-json').expect(200);
    expect(Object.keys(openApi.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/reports',
        '/api/v1/reports/{report}',
        '/api/v1/reports/{report}/schema',
      ]),
    );
  });

  it('needs a key with reports:read', async () => {
    const other = `Bearer ${await api.apiKey('requests:read')}`;
    await http().get('/api/v1/reports/ccpa-metrics?year=2025').expect(401);
    const refused = await http()
      .get('/api/v1/reports/ccpa-metrics?year=2025')
      .set('authorization', other)
      .expect(403);
    expect(refused.body.detail).toMatch(/reports:read/);
  });

  it.each([
    ['/api/v1/reports/ccpa-metrics', 400, /year is required/],
    ['/api/v1/reports/ccpa-metrics?year=20x5', 400, /year must be a calendar year/],
    ['/api/v1/reports/ccpa-metrics?year=2025&scope=texas', 400, /scope must be california or all/],
    ['/api/v1/reports/timeliness?from=2025-01-01', 400, /to is required/],
    ['/api/v1/reports/request-log?from=2025-02-30&to=2025-03-01', 400, /from must be a date/],
    ['/api/v1/reports/audit-log?from=2025-03-01&to=2025-01-01', 400, /before from/],
    ['/api/v1/reports/timeliness?from=2015-01-01&to=2025-01-01', 400, /at most 1830 days/],
    ['/api/v1/reports/processing-record?format=xlsx', 400, /format must be one of json, csv, pdf/],
    ['/api/v1/reports/sales', 404, /there is no report "sales"/],
  ])('answers %s with %i and says what is wrong', async (path, status, message) => {
    const response = await get(path).expect(status);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body.detail).toMatch(message);
  });

  it.each(REPORT_NAMES)('gives %s as JSON that validates against its schema', async (report) => {
    const response = await get(`/api/v1/reports/${report}?${QUERIES[report]}`).expect(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(() => REPORT_SCHEMAS[report].parse(response.body)).not.toThrow();
    const schema = await get(`/api/v1/reports/${report}/schema`).expect(200);
    expect(schema.body).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema' });
    expect(Object.keys(schema.body.properties)).toEqual(Object.keys(response.body));
  });

  it.each(REPORT_NAMES)(
    'gives %s as CSV that parses, with a BOM and one header',
    async (report) => {
      const response = await binary(
        `/api/v1/reports/${report}?format=csv&${QUERIES[report]}`,
      ).expect(200);
      expect(response.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
      expect(response.headers['content-disposition']).toMatch(/^attachment; filename=".+\.csv"$/);
      const text = (response.body as Buffer).toString('utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      const [header, ...rows] = parseCsv(text.slice(1));
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row).toHaveLength(header.length);
    },
  );

  it.each(REPORT_NAMES)(
    'gives %s as a PDF that qpdf checks and that reads back',
    async (report) => {
      const response = await binary(
        `/api/v1/reports/${report}?format=pdf&${QUERIES[report]}`,
      ).expect(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      const pdf = response.body as Buffer;
      expect(qpdfCheck(pdf)).toContain('No syntax or stream encoding errors');
      const text = flat(pdfText(pdf));
      expect(text).toMatch(/page 1 of \d+/);
      expect(text).toMatch(
        {
          'ccpa-metrics': /CCPA request metrics 2025/,
          timeliness: /Timeliness 2025-01-01 to 2025-12-31/,
          'request-log': /Request log 2025-01-01 to 2025-12-31/,
          'audit-log': /Audit log 2025-01-01 to 2025-12-31/,
          'processing-record': /Record of processing activities/,
        }[report],
      );
    },
  );

  it('shows the figures in every format alike', async () => {
    const json = await get('/api/v1/reports/ccpa-metrics?year=2025').expect(200);
    const know = json.body.rows.find((row: { type: string }) => row.type === 'know');
    expect(know).toMatchObject({ received: 1, complied: 1, medianDaysToRespond: 10 });
    const csv = await binary('/api/v1/reports/ccpa-metrics?year=2025&format=csv').expect(200);
    const [header, ...rows] = parseCsv((csv.body as Buffer).toString('utf8').slice(1));
    const knowRow = rows.find((row) => row[header.indexOf('type')] === 'know') as string[];
    expect(knowRow[header.indexOf('received')]).toBe('1');
    expect(knowRow[header.indexOf('medianDaysToRespond')]).toBe('10');
    const pdf = await binary('/api/v1/reports/ccpa-metrics?year=2025&format=pdf').expect(200);
    expect(flat(pdfText(pdf.body as Buffer))).toMatch(/Know \/ access 1 1 0 0/);
  });

  it('prints the audit log\'s times in the zone its "Dates in" line names, never as UTC "Z" times', async () => {
    const pdf = await binary(
      '/api/v1/reports/audit-log?from=2025-01-01&to=2025-12-31&format=pdf',
    ).expect(200);
    const text = flat(pdfText(pdf.body as Buffer));
    expect(text).toContain('Dates in: Pacific Time (America/Los_Angeles)');
    // Received 2025-03-01T20:00:00Z: noon in Los Angeles.
    expect(text).toContain('1 Mar 2025, 12:00');
    expect(text).not.toMatch(/\d{2}:\d{2}(:\d{2})?(\.\d+)?Z/);
  });

  it('records each export in the audit trail with the key that made it', async () => {
    await get('/api/v1/reports/ccpa-metrics?year=2025&scope=all&format=csv').expect(200);
    const [event] = (await dataSource.query(
      `SELECT actor, data FROM request_events WHERE action = 'report.exported' ORDER BY seq DESC LIMIT 1`,
    )) as Array<{ actor: string; data: Record<string, unknown> }>;
    expect(event.actor).toMatch(/^api:/);
    expect(event.data).toEqual({ report: 'ccpa-metrics', format: 'csv', year: 2025, scope: 'all' });
  });

  it('keeps a reason with a quote, a comma and a line break intact in the CSV', async () => {
    const csv = await binary(
      '/api/v1/reports/audit-log?from=2025-01-01&to=2025-12-31&format=csv',
    ).expect(200);
    const [header, ...rows] = parseCsv((csv.body as Buffer).toString('utf8').slice(1));
    expect(rows.map((row) => row[header.indexOf('reason')])).toContain('said "hello", then\nleft');
  });

  it('finds the audit chain intact, then names the first row someone altered', async () => {
    const before = await get('/api/v1/reports/audit-log?from=2025-01-01&to=2025-12-31').expect(200);
    expect(before.body.chain).toMatchObject({ intact: true, checkedRows: 6, firstBreak: null });
    expect(before.body.events.every((e: { check: string }) => e.check === 'verified')).toBe(true);

    // What only a superuser can do: switch the append-only trigger off and edit a sealed row.
    const target = before.body.events[2] as { seq: string; chainSeq: string; reference: string };
    await dataSource.transaction(async (manager) => {
      await manager.query("SET LOCAL session_replication_role = 'replica'");
      await manager.query("UPDATE request_events SET reason = 'nothing to see' WHERE seq = $1", [
        target.seq,
      ]);
    });

    const after = await get('/api/v1/reports/audit-log?from=2025-01-01&to=2025-12-31').expect(200);
    expect(after.body.chain).toMatchObject({
      intact: false,
      checkedRows: 3,
      firstBreak: {
        seq: target.seq,
        chainSeq: target.chainSeq,
        reference: target.reference,
        problem: 'hash_mismatch',
      },
    });
    expect(after.body.events.map((e: { check: string }) => e.check)).toEqual([
      'verified',
      'verified',
      'first_break',
      'after_break',
      'after_break',
      'after_break',
    ]);
    const pdf = await binary(
      '/api/v1/reports/audit-log?from=2025-01-01&to=2025-12-31&format=pdf',
    ).expect(200);
    expect(flat(pdfText(pdf.body as Buffer))).toContain(
      `BROKEN at row ${target.seq}, chain position ${target.chainSeq} (request ${target.reference})`,
    );
  });
  it('names each action in the audit-log PDF in words, with who did it, never by its code', async () => {
    const [officer] = (await dataSource.query(
      `INSERT INTO staff_users (email, name, role) VALUES ('olu@example.com', 'Olu Officer', 'privacy_officer')
       RETURNING id`,
    )) as Array<{ id: string }>;
    const { audit, transactions } = await requestAggregateFor(dataSource);
    const [{ id: requestId }] = (await dataSource.query(
      `SELECT id FROM requests WHERE reference = 'RD-2025-0003'`,
    )) as Array<{ id: string }>;
    await transactions.withTransaction(() =>
      audit.append({
        requestId,
        actor: `staff:${officer.id}`,
        action: 'request.approve',
        fromStatus: 'awaiting_review',
        toStatus: 'approved',
        at: new Date('2024-06-03T17:00:00Z'),
      }),
    );
    const pdf = await binary(
      '/api/v1/reports/audit-log?from=2024-06-01&to=2024-06-30&format=pdf',
    ).expect(200);
    const text = flat(pdfText(pdf.body as Buffer));
    expect(text).toContain('Request approved by Olu Officer');
    expect(text).not.toContain('request.approve');
    expect(text).not.toContain(`staff:${officer.id}`);
    // The CSV and JSON keep the codes for machines.
    const json = await get('/api/v1/reports/audit-log?from=2024-06-01&to=2024-06-30').expect(200);
    expect(json.body.events[0]).toMatchObject({
      action: 'request.approve',
      actor: `staff:${officer.id}`,
    });
  });
});
