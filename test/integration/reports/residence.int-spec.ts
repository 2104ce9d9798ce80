import 'reflect-metadata';
import { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { SubmitRequestUseCase } from '@rightsdesk/intake';
import {
  ReportContext,
  ccpaMetrics,
  renderReportPdf,
  requestLog,
  requestLogDocument,
} from '@rightsdesk/reports';
import { startTestIntake } from '../../support/intake';
import { pdfText } from './report-files';
import { ZONE, reportsDatabase } from './report-fixtures';

/**
 * Reports count people by where they live, not by the law a request was handled under: a
 * Japanese resident handled under the company's default (the CCPA) is no California consumer
 * (regs 7102 counts California consumers), and the request log says where each person lives and
 * which law applied, in words.
 */
describe('reports by residence', () => {
  let dataSource: DataSource;
  let intake: TestingModule;
  let context: ReportContext;
  const received = new Date('2026-03-02T18:00:00Z');

  beforeAll(async () => {
    const database = await reportsDatabase('residence');
    dataSource = database.dataSource;
    intake = await startTestIntake({ DATABASE_URL: database.url });
    const submit = intake.get(SubmitRequestUseCase);
    const withdraw = (email: string, residence?: { country: string; region?: string }) =>
      submit.execute(
        {
          type: 'withdraw_consent',
          email,
          residence,
          purposes: ['marketing_email'],
          language: 'en',
          answerChannel: 'email',
        } as Parameters<SubmitRequestUseCase['execute']>[0],
        { manner: 'web', actor: 'subject', receivedAt: received },
      );
    await withdraw('haruto.sato@example.jp', { country: 'JP' });
    await withdraw('maria.lopez@example.com', { country: 'US', region: 'CA' });
    await withdraw('no.residence@example.com');
    context = { db: dataSource, timeZone: ZONE, companyName: 'Example Shop', now: new Date() };
  }, 60_000);
  afterAll(async () => {
    await intake?.close();
    await dataSource?.destroy();
  });

  it("counts the Californian's withdrawal as a California opt-out and not the Japanese resident's", async () => {
    const california = await ccpaMetrics(context, 2026, 'california');
    const optOut = california.rows.find((row) => row.type === 'opt_out');
    expect(optOut?.received).toBe(1);
    // The person who gave no residence is not a known California consumer: left out, and said.
    expect(california.withoutResidence).toBe(1);
    expect(california.scopeStatement).toContain('People who gave no residence');

    const everyone = await ccpaMetrics(context, 2026, 'all');
    expect(everyone.rows.find((row) => row.type === 'opt_out')?.received).toBe(3);
  });

  it('shows where each person lives and the law applied, in words, in the request log', async () => {
    const log = await requestLog(context, { from: '2026-03-01', to: '2026-03-31' });
    const byEmailCountry = log.requests.map((row) => [row.residenceLabel, row.regimeLabel]);
    expect(byEmailCountry).toEqual(
      expect.arrayContaining([
        // No privacy law we model covers Japan: the company's own policy answers.
        ['Japan', 'Company policy'],
        ['California, United States', 'CCPA/CPRA'],
        ['Not given', 'CCPA/CPRA'],
      ]),
    );
    const text = pdfText(await renderReportPdf(requestLogDocument(log), context.now));
    expect(text).toContain('Residence');
    expect(text).toContain('Japan');
    expect(text).toContain('California,');
    expect(text).toContain('Not given');
    expect(text).toContain('withdrawal');
    // Words, not codes, for the nature and manner of each request.
    expect(text).not.toContain('withdraw_consent');
  });
});
