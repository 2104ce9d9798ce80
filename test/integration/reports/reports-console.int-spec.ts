import 'reflect-metadata';
import { AddressInfo } from 'node:net';
import request from 'supertest';
import { Browser } from 'playwright-core';
import { TestApi, startTestApi } from '../../support/api-app';
import { accessibilityViolations, launchChromium } from '../../support/browser';
import { staffSession } from '../../support/staff';
import { ZONE, insertRequest, reportsDatabase } from './report-fixtures';
import { parseCsv } from './report-files';

/** "2026-11-03 12:00" style local times, `daysAgo` days before today. */
function localDaysAgo(daysAgo: number): string {
  const date = new Date(Date.now() - daysAgo * 86_400_000);
  return `${date.toISOString().slice(0, 10)} 12:00`;
}

describe('/console/reports', () => {
  let api: TestApi;
  let browser: Browser | undefined;
  const http = () => request(api.app.getHttpServer());

  beforeAll(async () => {
    const database = await reportsDatabase('console');
    await database.dataSource.destroy();
    api = await startTestApi({ DATABASE_URL: database.url, COMPANY_TIME_ZONE: ZONE });
    const db = api.dataSource;
    await insertRequest(db, {
      reference: 'RD-C-1',
      status: 'completed',
      received: localDaysAgo(40),
      closed: localDaysAgo(30),
    });
    await insertRequest(db, {
      reference: 'RD-C-2',
      type: 'delete',
      status: 'completed',
      received: localDaysAgo(100),
      closed: localDaysAgo(40), // 60 days: late
    });
    await insertRequest(db, {
      reference: 'RD-C-3',
      type: 'withdraw_consent',
      status: 'in_progress',
      received: localDaysAgo(5),
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('shows an auditor the dashboard: volume, types and on-time rate as charts with their figures', async () => {
    const auditor = await staffSession(api, 'auditor');
    const page = await http().get('/console/reports').set('Cookie', auditor.cookie).expect(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.text).not.toContain('<script');
    for (const title of [
      'Requests received per month',
      'Requests by type',
      'Share answered on time, per month of receipt',
    ]) {
      expect(page.text).toMatch(
        new RegExp(`<svg[^>]*role="img"[\\s\\S]*?<title[^>]*>${title}</title>`),
      );
    }
    expect(page.text).toMatch(/<dt>Received<\/dt>\s*<dd>3<\/dd>/);
    expect(page.text).toMatch(/<dt>Answered on time<\/dt>\s*<dd>50\.0%<\/dd>/);
    expect(page.text).toMatch(/<th scope="row">Withdraw consent<\/th>\s*<td>1<\/td>/);
    for (const report of [
      'ccpa-metrics',
      'timeliness',
      'request-log',
      'audit-log',
      'processing-record',
    ]) {
      expect(page.text).toContain(`name="report" value="${report}"`);
    }
  });

  it('lets an admin download a report, and records who exported what', async () => {
    const admin = await staffSession(api, 'admin');
    const from = localDaysAgo(120).slice(0, 10);
    const to = localDaysAgo(0).slice(0, 10);
    const file = await http()
      .get(`/console/reports/download?report=request-log&from=${from}&to=${to}&format=csv`)
      .set('Cookie', admin.cookie)
      .expect(200);
    expect(file.headers['content-disposition']).toBe(
      `attachment; filename="request-log-${from}-${to}.csv"`,
    );
    const [header, ...rows] = parseCsv(file.text.replace(/^\uFEFF/, ''));
    expect(rows.map((row) => row[header.indexOf('reference')]).sort()).toEqual([
      'RD-C-1',
      'RD-C-2',
      'RD-C-3',
    ]);
    const [event] = (await api.dataSource.query(
      `SELECT actor, data FROM request_events WHERE action = 'report.exported' ORDER BY seq DESC LIMIT 1`,
    )) as Array<{ actor: string; data: Record<string, unknown> }>;
    expect(event).toEqual({
      actor: `staff:${admin.id}`,
      data: { report: 'request-log', format: 'csv', from, to },
    });
  });

  it('answers a wrong year with the form again, the problem listed and linked to its field', async () => {
    const auditor = await staffSession(api, 'auditor');
    const page = await http()
      .get('/console/reports/download?report=ccpa-metrics&year=last&scope=all&format=pdf')
      .set('Cookie', auditor.cookie)
      .expect(400);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.text).toContain('<title>Error: Reports');
    expect(page.text).toMatch(
      /<a href="#field-ccpa-metrics-year">Year must be a calendar year from 2020 to 2100; got &quot;last&quot;\.<\/a>/,
    );
    expect(page.text).toMatch(
      /id="field-ccpa-metrics-year"[\s\S]*?value="last"[\s\S]*?aria-invalid="true"/,
    );
    // What was chosen stays chosen.
    expect(page.text).toMatch(/value="all"\s+id="field-ccpa-metrics-scope-all"\s+checked/);
  });

  it('answers an unknown report with a console page, not a problem document', async () => {
    const admin = await staffSession(api, 'admin');
    const page = await http()
      .get('/console/reports/download?report=sales&format=pdf')
      .set('Cookie', admin.cookie)
      .expect(404);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.text).toContain('there is no report &quot;sales&quot;.');
  });

  it('answers a period that ends before it starts with the dashboard form marked', async () => {
    const admin = await staffSession(api, 'admin');
    const page = await http()
      .get('/console/reports?from=2026-05-01&to=2026-04-01')
      .set('Cookie', admin.cookie)
      .expect(400);
    expect(page.text).toMatch(/<a href="#field-dashboard-to">To \(2026-04-01\) is before from/);
  });

  it('is for staff (officers read them as the API lets them), a visitor is sent to sign in', async () => {
    const officer = await staffSession(api, 'privacy_officer');
    await http().get('/console/reports').set('Cookie', officer.cookie).expect(200);
    await http()
      .get('/console/reports/download?report=processing-record&format=pdf')
      .set('Cookie', officer.cookie)
      .expect(200)
      .expect('content-type', 'application/pdf');
    await http()
      .get('/console/reports')
      .expect(303)
      .expect('location', /\/console\/sign-in/);
  });

  it('passes axe (WCAG 2.1 AA) in Chromium, the dashboard and a page with errors alike', async () => {
    const server = api.app.getHttpServer();
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
    const auditor = await staffSession(api, 'auditor');
    const context = await browser.newContext({ bypassCSP: true });
    await context.addCookies([
      { name: 'rd_staff', value: auditor.cookie.split('=')[1], url: base },
    ]);
    const page = await context.newPage();
    for (const path of [
      '/console/reports',
      '/console/reports/download?report=timeliness&from=2026-13-01&to=2026-01-01&format=pdf',
    ]) {
      await page.goto(`${base}${path}`);
      expect(await page.locator('h1').textContent()).toBe('Reports');
      expect(await accessibilityViolations(page)).toEqual([]);
    }
    await context.close();
  }, 60_000);
});
