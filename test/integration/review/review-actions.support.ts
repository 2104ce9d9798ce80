import request from 'supertest';
import { Correspondence, RequestEvent } from '@rightsdesk/persistence';
import { TestApi, startTestApi } from '../../support/api-app';
import { createTestRequest } from '../../support/requests';
import { ownTestDatabase } from '../../support/fresh-database';

/**
 * The set-up of the review-action specs, called inside their describe: the api module in this
 * process against a fresh database of the file's own (`database` names it), a key that manages
 * requests, and the calls and reads the specs make.
 */
export function reviewActionsApi(database: string) {
  let api: TestApi;
  let manager: string;
  let keyId: string;

  beforeAll(async () => {
    api = await startTestApi({ DATABASE_URL: await ownTestDatabase(database) });
    const key = await api.apiKey('requests:manage', 'requests:read', 'requests:appeal');
    manager = `Bearer ${key}`;
    const [row] = (await api.dataSource.query(
      'SELECT id FROM api_keys ORDER BY created_at DESC LIMIT 1',
    )) as Array<{ id: string }>;
    keyId = row!.id;
  });
  afterAll(() => api.close());

  const http = () => request(api.app.getHttpServer());
  const post = (path: string, body: object = {}) =>
    http().post(`/api/v1/requests${path}`).set('authorization', manager).send(body);
  const review = async (id: string) =>
    (await http().get(`/api/v1/requests/${id}/review`).set('authorization', manager).expect(200))
      .body;
  /** A consent withdrawal needs no proof of identity: with review turned on, it waits at once. */
  const awaitingReview = (input: Record<string, unknown> = {}) =>
    createTestRequest(api.dataSource, { type: 'withdraw_consent', ...input });
  const eventsOf = (requestId: string) =>
    api.dataSource
      .getRepository(RequestEvent)
      .find({ where: { requestId }, order: { seq: 'ASC' } });
  const noticesOf = (requestId: string, kind: string) =>
    api.dataSource.getRepository(Correspondence).find({ where: { requestId, kind } });

  return {
    get api() {
      return api;
    },
    get manager() {
      return manager;
    },
    get keyId() {
      return keyId;
    },
    http,
    post,
    review,
    awaitingReview,
    eventsOf,
    noticesOf,
  };
}
