import request from 'supertest';
import { TestApi, startTestApi } from '../../support/api-app';
import { createTestRequest } from '../../support/requests';
import { staffSession } from '../../support/staff';

describe('security headers on every surface', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ PUBLIC_URL: 'https://privacy.example.com' });
  });
  afterAll(() => api.close());

  const http = () => request(api.app.getHttpServer());

  it('an officer’s API client reads a review that no browser or proxy may keep or sniff', async () => {
    const id = await createTestRequest(api.dataSource);
    const reader = `Bearer ${await api.apiKey('requests:read')}`;
    for (const path of [
      `/api/v1/requests/${id}/review`,
      `/api/v1/requests/${id}/correspondence`,
      `/api/v1/requests/${id}`,
    ]) {
      const answer = await http().get(path).set('authorization', reader).expect(200);
      expect(answer.headers['cache-control']).toBe('no-store');
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
      expect(answer.headers['strict-transport-security']).toMatch(/^max-age=\d{8,}/);
    }
  });

  it('a developer opening the API docs gets a page that cannot be framed or run foreign script', async () => {
    const docs = await http().get('/api/docs/').expect(200);
    const csp = docs.headers['content-security-policy'] as string;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(docs.headers['x-frame-options']).toBe('DENY');
    expect(docs.headers['x-content-type-options']).toBe('nosniff');
    expect(docs.headers['referrer-policy']).toBe('no-referrer');
    // Swagger UI's own scripts still load under that policy.
    const scripts = [...docs.text.matchAll(/<script src="([^"]+)"/g)].map((match) => match[1]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      expect(script).not.toMatch(/^(https?:)?\/\//);
      await http().get(new URL(script, 'http://x/api/docs/').pathname).expect(200);
    }
  });

  it('a staff member signing out gets the flash message in a Secure cookie over https', async () => {
    const staff = await staffSession(api, 'privacy_officer');
    const signedOut = await http()
      .post('/console/sign-out')
      .set('cookie', staff.cookie)
      .type('form')
      .send({ _csrf: staff.csrfToken })
      .expect(303);
    const cookies = (signedOut.headers['set-cookie'] as unknown as string[]) ?? [];
    const flash = cookies.find((cookie) => cookie.startsWith('rd_flash='));
    expect(flash).toBeDefined();
    for (const cookie of cookies) expect(cookie).toMatch(/; Secure/);
  });
});
