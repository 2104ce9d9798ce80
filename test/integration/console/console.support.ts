import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { TestApi, startTestApi } from '../../support/api-app';

/** The api in-process with its own rate-limit counters; the sign-in limit per address high. */
export function startConsole(env: Record<string, string> = {}): Promise<TestApi> {
  return startTestApi({
    QUEUE_PREFIX: `console-${randomUUID().slice(0, 8)}`,
    RATE_LIMIT_SIGN_IN_PER_IP: '1000',
    ...env,
  });
}

/** A browser: keeps cookies between requests. */
export function browser(api: TestApi) {
  return request.agent(api.app.getHttpServer());
}

/** The hidden form token of a page, which a browser sends back with the form. */
export function formToken(html: string): string {
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error('the page has no form token');
  return token;
}

/** Signs in through the pages like a person would; returns the agent, signed in. */
export async function signInThroughPage(
  api: TestApi,
  credentials: { email: string; password: string },
) {
  const agent = browser(api);
  const page = await agent.get('/console/sign-in').expect(200);
  await agent
    .post('/console/sign-in')
    .type('form')
    .send({ _csrf: formToken(page.text), email: credentials.email, password: credentials.password })
    .expect(303)
    .expect('location', '/console');
  return agent;
}
