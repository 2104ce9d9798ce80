import request from 'supertest';
import { TestApi, startTestApi } from '../../support/api-app';
import { createTestRequest } from '../../support/requests';
import { staffSession } from '../../support/staff';

/**
 * One clock for staff: request pages and admin pages both show times in the company's zone
 * (COMPANY_TIME_ZONE), named, never an unlabelled local time or a bare UTC time.
 */
describe('times on staff pages', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ COMPANY_TIME_ZONE: 'America/Los_Angeles' });
  });
  afterAll(() => api.close());

  const http = () => request(api.app.getHttpServer());
  const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  const named = /\d{1,2} \w+ \d{4}, \d{2}:\d{2} Pacific \w+ Time \(America\/Los_Angeles\)/;

  it("shows an officer a request's times in the company's zone, named", async () => {
    const id = await createTestRequest(api.dataSource, { type: 'withdraw_consent' });
    const officer = await staffSession(api, 'privacy_officer');
    const page = text(
      (await http().get(`/console/requests/${id}`).set('Cookie', officer.cookie).expect(200)).text,
    );
    expect(page).toMatch(named);
    expect(page).not.toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?! ?\()/);
  });

  it('tells an officer the deadline as a date in words and its rule as a sentence, never a code', async () => {
    const id = await createTestRequest(api.dataSource, { type: 'access' });
    const officer = await staffSession(api, 'privacy_officer');
    const page = text(
      (await http().get(`/console/requests/${id}`).set('Cookie', officer.cookie).expect(200)).text,
    );
    expect(page).toMatch(/Due Answer due by \d{1,2} \w+ \d{4}\. The law gives us \d+ days from/);
    expect(page).toMatch(/The law gives us \d+ days from the day we received your request/);
    // CCPA regs 7021(a): the acknowledgement, worded from its stored basis like the answer's.
    expect(page).toMatch(
      /Acknowledge by Confirm receipt by \d{1,2} \w+ \d{4}\. The law gives us 10 business days from/,
    );
    expect(page).not.toMatch(/due \d{4}-\d{2}-\d{2}:|acknowledge by \d{4}-/);
  });

  it('shows an admin the same zone, named, on the admin pages (not UTC)', async () => {
    const admin = await staffSession(api, 'admin');
    await api.apiKey('requests:read');
    const users = text(
      (await http().get('/console/admin/api-keys').set('Cookie', admin.cookie).expect(200)).text,
    );
    expect(users).toMatch(named);
    expect(users).not.toMatch(/\d{2}:\d{2} UTC/);
  });
});
