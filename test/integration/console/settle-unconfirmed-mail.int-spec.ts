import request from 'supertest';
import { Correspondence } from '@rightsdesk/persistence';
import { TestApi } from '../../support/api-app';
import { createTestRequest } from '../../support/requests';
import { StaffSessionForTests, staffSession } from '../../support/staff';
import { startConsole, visibleText } from './console.support';

/**
 * An officer settles an email that may have been sent from the request it belongs to. A form
 * posted from one request's page naming another request's email (an old tab, an edited address)
 * finds nothing there: a 404, and the other person's email stays waiting for its own officer.
 */
describe('console: settling an email that may have been sent, from its own request only', () => {
  let api: TestApi;
  let officer: StaffSessionForTests;

  beforeAll(async () => {
    api = await startConsole();
    officer = await staffSession(api, 'privacy_officer');
  });
  afterAll(() => api.close());

  const http = () => request(api.app.getHttpServer());

  /** A request's receipt email as a sending attempt that died after claiming it leaves it. */
  async function unconfirmedEmailOf(requestId: string): Promise<string> {
    const saved = await api.dataSource.getRepository(Correspondence).save({
      requestId,
      dedupeKey: 'receipt-unconfirmed',
      kind: 'receipt',
      channel: 'email' as const,
      language: 'en',
      recipient: 'person@example.org',
      subject: 'We received your request',
      bodyText: 'We received your request.',
      bodyHtml: null,
      status: 'unconfirmed' as const,
      sendClaimedAt: new Date(Date.now() - 600_000),
      error: 'May have been sent: the sending attempt stopped before the server answered',
    });
    return saved.id;
  }

  const statusOf = async (messageId: string) =>
    (await api.dataSource.getRepository(Correspondence).findOneByOrFail({ id: messageId })).status;

  it.each(['confirm-sent', 'resend'])(
    'answers 404 to "%s" for another request’s email, and leaves that email waiting',
    async (choice) => {
      const mine = await createTestRequest(api.dataSource);
      const theirs = await createTestRequest(api.dataSource);
      const theirEmail = await unconfirmedEmailOf(theirs);

      const refused = await http()
        .post(`/console/requests/${mine}/correspondence/${theirEmail}/${choice}`)
        .set({ Cookie: officer.cookie })
        .type('form')
        .send({ _csrf: officer.csrfToken })
        .expect(404);
      expect(visibleText(refused.text)).not.toContain('person@example.org');
      expect(await statusOf(theirEmail)).toBe('unconfirmed');
      const trail = await api.dataSource.query(
        `SELECT action FROM request_events WHERE request_id = ANY($1) AND action IN ('notice.confirmed_sent', 'notice.resend_ordered')`,
        [[mine, theirs]],
      );
      expect(trail).toEqual([]);

      await http()
        .post(`/console/requests/${theirs}/correspondence/${theirEmail}/${choice}`)
        .set({ Cookie: officer.cookie })
        .type('form')
        .send({ _csrf: officer.csrfToken })
        .expect(303)
        .expect('location', `/console/requests/${theirs}`);
      expect(await statusOf(theirEmail)).toBe(choice === 'confirm-sent' ? 'sent' : 'pending');
    },
  );
});
