import { waitUntil } from './app-processes';
import type { SmtpSink } from './smtp-sink';

/** What submitting a request answers: the person keeps the status token. */
export interface SubmittedRequest {
  id: string;
  reference: string;
  statusToken: string;
  status: string;
}

const CALL_TIMEOUT_MS = 30_000;

/** The HTTP API of a running api process, as other systems and the person's browser call it. */
export class E2eApi {
  constructor(readonly baseUrl: string) {}

  /** POST with a JSON body when `body` is given, GET otherwise; bearer `token` either way. */
  async call<T = Record<string, unknown>>(
    path: string,
    token: string,
    body?: object,
  ): Promise<{ status: number; body: T }> {
    const method = body ? 'POST' : 'GET';
    // Bounded, so a call the api never answers fails the test naming the call, not by the
    // test's own timeout (fetch alone would wait five minutes).
    const signal = AbortSignal.timeout(CALL_TIMEOUT_MS);
    try {
      const response = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: body ? JSON.stringify(body) : undefined,
        signal,
      });
      return { status: response.status, body: (await response.json()) as T };
    } catch (error) {
      if (!signal.aborted) throw error;
      throw new Error(`${method} ${path}: the api gave no answer within ${CALL_TIMEOUT_MS} ms`);
    }
  }

  /** Submits a request with an API key that may write requests. */
  submit<T = SubmittedRequest>(apiKey: string, request: object) {
    return this.call<T>('/api/v1/requests', apiKey, request);
  }

  /**
   * A person living in France asks for `type` through a company system (GDPR: the emailed code
   * alone proves who they are).
   */
  personInFranceAsks<T = SubmittedRequest>(apiKey: string, email: string, type: string) {
    return this.submit<T>(apiKey, { type, email, residence: { country: 'FR' } });
  }

  /** What the person does with the code from their email: enter it, holding their token. */
  enterCode<T = { status: string }>(
    request: Pick<SubmittedRequest, 'id' | 'statusToken'>,
    code: string,
  ) {
    return this.call<T>(`/api/v1/requests/${request.id}/verification`, request.statusToken, {
      code,
    });
  }

  /** Reads the code from the English verification email that arrived, and enters it. */
  async enterEmailedCode<T = { status: string }>(
    smtp: SmtpSink,
    request: Pick<SubmittedRequest, 'id' | 'reference' | 'statusToken'>,
  ) {
    return this.enterCode<T>(request, await smtp.verificationCode(request.reference));
  }

  /** Polls the request as `token` sees it until `ready` holds, and returns that answer. */
  async waitForRequest<T>(
    id: string,
    token: string,
    ready: (answer: T) => boolean,
    timeoutMs = 60_000,
    what = () => `request ${id} to be ready`,
  ): Promise<T> {
    return waitUntil(
      async () => {
        const answer = (await this.call<T>(`/api/v1/requests/${id}`, token)).body;
        return ready(answer) ? { answer } : undefined;
      },
      timeoutMs,
      what,
    ).then(({ answer }) => answer);
  }
}
