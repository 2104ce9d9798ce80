import fc from 'fast-check';
import request from 'supertest';
import { API_SCOPES } from '@rightsdesk/persistence';
import { TestApi, startTestApi } from '../../support/api-app';
import {
  fuzzedValue,
  jsonBody,
  malformedText,
  pathSegment,
  percentEncoded,
} from '../../support/malformed-input';
import { CookieJar, PageForm, crawlForms } from '../../support/page-forms';
import { staffSession } from '../../support/staff';

/** Fixed (plus the operation's or form's number), so a failure in CI is the same failure here. */
const SEED = 13;
const RUNS_PER_OPERATION = 10;
const RUNS_PER_FORM = 5;
/** Each test sends several hundred inputs and counts rows around each. */
const BUDGET_MS = 90_000;

interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  queryNames: string[];
  bodyFields: string[];
}

interface Answer {
  status: number;
  what: string;
}

/**
 * A stranger, a careless integration and a curious staff member send every API operation and
 * every form malformed input: NUL and broken characters, wrong types, huge text, bad JSON,
 * missing and extra fields, unknown ids and numbers out of range. Each gets a 4xx that says what
 * is wrong, never a 500, and a refused input leaves no row behind.
 */
describe('malformed input on every operation and form', () => {
  let api: TestApi;
  let bearer: string;
  let requestId: string;
  let statusToken: string;
  let failures: string[] = [];

  beforeAll(async () => {
    api = await startTestApi({
      RATE_LIMIT_SUBMIT_PER_IP: '100000',
      RATE_LIMIT_SUBMIT_PER_EMAIL: '100000',
      RATE_LIMIT_VERIFY_PER_IP: '100000',
      RATE_LIMIT_SIGN_IN_PER_IP: '100000',
    });
    bearer = `Bearer ${await api.apiKey(...API_SCOPES)}`;
    const submitted = await request(api.app.getHttpServer())
      .post('/api/v1/requests')
      .set('authorization', bearer)
      .send({ type: 'access', email: 'fuzz.subject@example.com', residence: { country: 'DE' } })
      .expect(201);
    ({ id: requestId, statusToken } = submitted.body as { id: string; statusToken: string });
  });
  afterAll(() => api.close());
  beforeEach(() => {
    failures = [];
  });

  async function rowCounts(): Promise<string> {
    const [row] = (await api.dataSource.query(
      `SELECT (SELECT count(*) FROM requests) AS requests,
              (SELECT count(*) FROM subject_identities) AS identities,
              (SELECT count(*) FROM correspondence) AS correspondence,
              (SELECT count(*) FROM request_events) AS request_events,
              (SELECT count(*) FROM request_notes) AS notes,
              (SELECT count(*) FROM admin_events) AS admin_events,
              (SELECT count(*) FROM staff_users) AS staff,
              (SELECT count(*) FROM api_keys) AS api_keys,
              (SELECT count(*) FROM data_map_versions) AS data_map_versions`,
    )) as unknown[];
    return JSON.stringify(row);
  }

  /** Sends one input; records a 5xx, or a refused input that changed a row count. */
  async function judge(what: string, send: () => Promise<request.Response>): Promise<Answer> {
    const before = await rowCounts();
    const response = await send();
    const after = await rowCounts();
    if (response.status >= 500) {
      failures.push(`${response.status} ${what}: ${response.text.slice(0, 200)}`);
    } else if (response.status === 400 && before !== after) {
      failures.push(`400 but rows changed ${what}: ${before} -> ${after}`);
    }
    return { status: response.status, what };
  }

  async function operations(): Promise<Operation[]> {
    const docs = await request(api.app.getHttpServer()).get('/api/docs-json').expect(200);
    const spec = docs.body as {
      paths: Record<string, Record<string, OpenApiOperation>>;
      components?: { schemas?: Record<string, OpenApiSchema> };
    };
    const schemaFields = (schema: OpenApiSchema | undefined): string[] => {
      const resolved = schema?.$ref
        ? spec.components?.schemas?.[schema.$ref.split('/').pop() ?? '']
        : schema;
      return Object.keys(resolved?.properties ?? {});
    };
    return Object.entries(spec.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({
        method: method as Operation['method'],
        path,
        queryNames: (operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
        bodyFields: schemaFields(Object.values(operation.requestBody?.content ?? {})[0]?.schema),
      })),
    );
  }

  it(
    'answers every API operation with a 4xx, never a 5xx, and writes nothing it refused',
    async () => {
      const server = api.app.getHttpServer();
      const all = await operations();
      expect(all.length).toBeGreaterThan(40);
      const answered: Answer[] = [];
      for (const [number, operation] of all.entries()) {
        const input = fc.record({
          segments: fc.array(pathSegment([requestId]), { minLength: 4, maxLength: 4 }),
          query: fc.array(fc.oneof(malformedText, fc.string({ maxLength: 20 })), {
            minLength: 2,
            maxLength: 2,
          }),
          body: jsonBody(operation.bodyFields),
        });
        for (const { segments, query, body } of fc.sample(input, {
          seed: SEED + number,
          numRuns: RUNS_PER_OPERATION,
        })) {
          let index = 0;
          const path = operation.path.replace(
            /\{[^}]+\}/g,
            () => segments[index++ % segments.length] ?? '',
          );
          const names = [...operation.queryNames, 'q'];
          const search = names.map(
            (name, i) => `${name}=${percentEncoded(query[i % query.length] ?? '')}`,
          );
          const url = `${path}?${search.join('&')}`;
          answered.push(
            await judge(
              `${operation.method.toUpperCase()} ${url.slice(0, 120)} ${String(body).slice(0, 80)}`,
              () => {
                const client = request(server);
                return client[operation.method](url)
                  .set('authorization', bearer)
                  .set('content-type', 'application/json')
                  .send(body);
              },
            ),
          );
        }
      }
      expect(failures).toEqual([]);
      // The inputs reached the handlers: most were refused as bad input, not as unauthorised.
      expect(answered.filter((a) => a.status === 401 || a.status === 403).length).toBeLessThan(
        answered.length / 10,
      );
    },
    BUDGET_MS,
  );

  it(
    'answers every privacy center and console form with a 4xx, never a 5xx, and writes nothing it refused',
    async () => {
      const server = api.app.getHttpServer();
      const admin = await staffSession(api, 'admin');
      const staffJar = new CookieJar({ rd_staff: admin.cookie.replace(/^rd_staff=/, '') });
      const forms = [
        ...(await crawlForms(server, signedOutPages(statusToken), new CookieJar(), 20)),
        ...(await crawlForms(server, consolePages(requestId), staffJar, 60)),
      ];
      expect(forms.length).toBeGreaterThan(15);
      for (const [number, form] of forms.filter((f) => !/sign-out/.test(f.action)).entries()) {
        const names = Object.keys(form.fields).filter((name) => name !== '_csrf');
        const input = fc.record({
          field: fc.constantFrom(...(names.length ? names : ['_csrf'])),
          value: fuzzedValue,
          oddToken: fc.boolean(),
        });
        for (const { field, value, oddToken } of fc.sample(input, {
          seed: SEED + number,
          numRuns: RUNS_PER_FORM,
        })) {
          const fields = {
            ...form.fields,
            [field]: typeof value === 'string' ? value : JSON.stringify(value),
          };
          // A token with as many characters as the cookie's but more bytes.
          if (oddToken && '_csrf' in fields) fields._csrf = 'é'.repeat(fields._csrf?.length ?? 43);
          await judge(
            `form ${form.action} (${form.page}) ${field}=${JSON.stringify(fields[field]).slice(0, 60)}`,
            () => send(server, form, fields),
          );
        }
      }
      expect(failures).toEqual([]);
    },
    BUDGET_MS,
  );
});

/** The privacy center's pages and the console's sign-in, as a visitor without a session. */
function signedOutPages(statusToken: string): string[] {
  const token = encodeURIComponent(statusToken);
  return ['/', '/find', `/verify/${token}`, `/status/${token}`, '/console/sign-in'];
}

/** The console as an admin: the queue, one request's actions, the admin pages. */
function consolePages(requestId: string): string[] {
  return [
    `/console/requests/${requestId}`,
    '/console/admin/data-map',
    '/console/admin/users',
    '/console/admin/api-keys',
    '/console',
  ];
}

function send(
  server: ReturnType<TestApi['app']['getHttpServer']>,
  form: PageForm,
  fields: Record<string, string>,
) {
  const post = request(server).post(form.action).set('Cookie', form.jar.header());
  if (!form.multipart)
    return post
      .type('form')
      .send(new URLSearchParams(fields).toString().replace(/%EF%BF%BD/g, '%ED%A0%80'));
  for (const [name, value] of Object.entries(fields)) void post.field(name, value);
  return post;
}

interface OpenApiSchema {
  $ref?: string;
  properties?: Record<string, unknown>;
}

interface OpenApiOperation {
  parameters?: Array<{ in: string; name: string }>;
  requestBody?: { content?: Record<string, { schema?: OpenApiSchema }> };
}
