import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { TestApi, startTestApi } from '../../support/api-app';

/** The api in-process with its own rate-limit counters (a fresh prefix), limits high by default. */
export function startPrivacyCenter(env: Record<string, string> = {}): Promise<TestApi> {
  return startTestApi({
    QUEUE_PREFIX: `pc-${randomUUID().slice(0, 8)}`,
    RATE_LIMIT_SUBMIT_PER_IP: '1000',
    RATE_LIMIT_SUBMIT_PER_EMAIL: '1000',
    RATE_LIMIT_VERIFY_PER_IP: '1000',
    ...env,
  });
}

/** A browser: keeps cookies between requests, as a person's would. */
export function browser(api: TestApi) {
  return request.agent(api.app.getHttpServer());
}

/** The hidden form token of a page, which a browser sends back with the form. */
export function formToken(html: string): string {
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error('the page has no form token');
  return token;
}

/** The status token from the redirect after submitting: /status/<token>/submitted. */
export function statusTokenFrom(location: string): string {
  const token = /^\/status\/([A-Za-z0-9_-]+)\/submitted$/.exec(location)?.[1];
  if (!token) throw new Error(`unexpected redirect ${location}`);
  return token;
}

/** Opens a request form and submits it like a person would; returns the status token. */
export async function submitThroughForm(
  agent: ReturnType<typeof browser>,
  type: string,
  fields: Record<string, string | string[]>,
): Promise<string> {
  const form = await agent.get(`/requests/new/${type}`).expect(200);
  const response = await agent
    .post(`/requests/new/${type}`)
    .type('form')
    .send({ _csrf: formToken(form.text), ...fields })
    .expect(303);
  return statusTokenFrom(response.headers.location);
}

/** The text a person reads: tags removed, whitespace collapsed. */
export function visibleText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}
