import 'reflect-metadata';
import { DataSource } from 'typeorm';
import {
  ReportContext,
  ccpaMetrics,
  ccpaMetricsSchema,
  requestLog,
  requestLogSchema,
  timeliness,
  timelinessSchema,
} from '@rightsdesk/reports';
import { KNOWN_ANSWER_REQUESTS as FIXTURES } from './known-answers.fixtures';
import { ZONE, insertRequest, reportsDatabase } from './report-fixtures';

// The requests and how the figures below were worked out: known-answers.fixtures.ts.
describe('compliance reports: known answers', () => {
  let dataSource: DataSource;
  let context: ReportContext;

  beforeAll(async () => {
    ({ dataSource } = await reportsDatabase('known_answers'));
    for (const fixture of FIXTURES) await insertRequest(dataSource, fixture);
    context = {
      db: dataSource,
      timeZone: ZONE,
      companyName: 'Example Shop',
      now: new Date('2026-01-10T00:00:00Z'),
    };
  }, 60_000);
  afterAll(() => dataSource?.destroy());

  it('counts the CCPA metrics of 2025 for California residents as worked out by hand', async () => {
    const metrics = ccpaMetricsSchema.parse(await ccpaMetrics(context, 2025, 'california'));
    const row = (type: string) => metrics.rows.find((candidate) => candidate.type === type);

    expect(row('know')).toMatchObject({
      received: 8, // A1 A2 A3 A4 A5 A6 A9 A10; not A7 (2024) nor A8 (2026)
      compliedInWhole: 4,
      compliedInPart: 1,
      complied: 5,
      denied: 1,
      deniedUnverifiable: 1,
      pending: 2,
      withdrawn: 0,
      // 4, 10, 20, 20, 20, 51: the middle two are both 20; mean 125 / 6.
      medianDaysToRespond: 20,
      meanDaysToRespond: 20.83,
    });
    expect(row('delete')).toMatchObject({
      received: 4,
      compliedInWhole: 1,
      compliedInPart: 1,
      denied: 2,
      deniedExempt: 1,
      deniedUnverifiable: 1,
      deniedNotConsumer: 0,
      deniedOther: 0,
      appealed: 1,
      // 10, 10, 10, 90: median of the tied middle two is 10; mean 120 / 4.
      medianDaysToRespond: 10,
      meanDaysToRespond: 30,
    });
    expect(row('correct')).toMatchObject({
      received: 3,
      complied: 0,
      denied: 2,
      deniedNotConsumer: 1,
      deniedOther: 1,
      withdrawn: 1,
      medianDaysToRespond: 3,
      meanDaysToRespond: 3,
    });
    expect(row('opt_out')).toMatchObject({
      received: 1,
      complied: 1,
      medianDaysToRespond: 1,
      meanDaysToRespond: 1,
    });
    expect(row('limit')).toMatchObject({
      received: 0,
      medianDaysToRespond: null,
      meanDaysToRespond: null,
    });
    expect(metrics.scopeStatement).toMatch(/^California residents only/);
  });

  it('adds everyone else when the scope is all individuals, and says so', async () => {
    const metrics = await ccpaMetrics(context, 2025, 'all');
    const row = (type: string) => metrics.rows.find((candidate) => candidate.type === type);
    // G1 adds 30 days: 4, 10, 20, 20, 20, 30, 51 → median 20, mean 155 / 7.
    expect(row('know')).toMatchObject({ received: 9, complied: 6, medianDaysToRespond: 20 });
    expect(row('know')?.meanDaysToRespond).toBe(22.14);
    // W2 answered the same day: 0 and 1 → median 0.5.
    expect(row('opt_out')).toMatchObject({ received: 2, medianDaysToRespond: 0.5 });
    expect(metrics.scopeStatement).toMatch(/^All individuals/);
  });

  it('counts a year-end request in the year it was received', async () => {
    const earlier = await ccpaMetrics(context, 2024, 'california');
    expect(earlier.rows.find((row) => row.type === 'know')).toMatchObject({
      received: 1, // A7
      medianDaysToRespond: 6, // 30 December 2024 to 5 January 2025
    });
  });

  it('reports timeliness per regime and per month of receipt', async () => {
    const report = timelinessSchema.parse(
      await timeliness(context, { from: '2025-01-01', to: '2025-12-31' }),
    );
    expect(report.regimes).toEqual([
      {
        regime: 'ccpa',
        received: 17, // 16 requests of 2025 plus the appeal AP1
        answered: 14, // less A6 and A10 (open) and C3 (withdrawn)
        onTime: 13,
        late: 1, // A9
        extended: 1, // D3, on time after its extension
        open: 2,
        overdue: 1, // A6; A10 is due 2026-02-13
        onTimeShare: 0.9286,
        lateShare: 0.0714,
        extendedShare: 0.0714,
      },
      {
        regime: 'gdpr',
        received: 2,
        answered: 2,
        onTime: 2,
        late: 0,
        extended: 0,
        open: 0,
        overdue: 0,
        onTimeShare: 1,
        lateShare: 0,
        extendedShare: 0,
      },
    ]);
    const month = (m: string) =>
      report.months.find((row) => row.month === m && row.regime === 'ccpa');
    // W1 was received at 23:30 on 30 November local time: November, not December.
    expect(month('2025-11')).toMatchObject({ received: 1, answered: 1, onTime: 1 });
    expect(month('2025-12')).toMatchObject({ received: 2, answered: 1, open: 1, overdue: 0 });
    expect(month('2025-09')).toMatchObject({ received: 2, answered: 2, onTime: 1, late: 1 });
  });

  it('logs each request with the date and nature of its response and the basis of a denial', async () => {
    const log = requestLogSchema.parse(
      await requestLog(context, { from: '2025-01-01', to: '2025-12-31' }),
    );
    expect(log.requests).toHaveLength(19);
    const line = (reference: string) => log.requests.find((row) => row.reference === reference);
    expect(line('A4')).toMatchObject({
      receivedOn: '2025-12-20',
      respondedOn: '2026-01-09',
      nature: 'access',
      manner: 'web',
      response: 'complied',
    });
    expect(line('A2')).toMatchObject({ response: 'complied_in_part' });
    expect(line('D2')).toMatchObject({
      response: 'denied',
      denialCategory: 'exempt',
      denialBasis: 'exempt_legal_obligation',
    });
    expect(line('AP1')).toMatchObject({ nature: 'appeal', appealOf: 'D2' });
    expect(line('D3')).toMatchObject({ extended: true, dueOn: '2025-10-30' });
    expect(line('D4')).toMatchObject({
      response: 'expired_unverified',
      denialCategory: 'unverifiable',
      respondedOn: '2025-09-11',
    });
    expect(line('C3')).toMatchObject({ response: 'withdrawn', respondedOn: null });
    expect(line('A6')).toMatchObject({ response: 'open', respondedOn: null });
    expect(line('W1')).toMatchObject({ receivedOn: '2025-11-30', respondedOn: '2025-12-01' });
  });
});
