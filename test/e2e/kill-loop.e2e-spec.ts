import 'reflect-metadata';
import { killLoopRightsdesk, runKillLoop, shopEmails } from '../support/kill-loop';

/**
 * About a hundred people file access and deletion requests while two workers carry them out and
 * one of them is SIGKILLed every 3 to 10 seconds: every request ends completed, or failed with
 * its step and error for an officer to retry; none is lost and none is left in progress.
 * (bench/kill-loop-soak.ts runs the same loop at a thousand requests, by hand.)
 */
describe('workers killed again and again under load', () => {
  const rightsdesk = killLoopRightsdesk('killloop', 150);
  let writer: string;
  let emails: string[];

  beforeAll(async () => {
    await rightsdesk.start();
    writer = await rightsdesk.apiKey('kill-loop', ['requests:write']);
    emails = await shopEmails(rightsdesk, 100);
  }, 120_000);

  afterAll(() => rightsdesk.stop());

  it('ends every request completed or visibly failed, none lost or stuck', async () => {
    const counts = await runKillLoop(rightsdesk, writer, emails, {
      requests: 100,
      workers: 2,
      killEveryMs: [3_000, 10_000],
      settleMs: 180_000,
    });
    expect(counts.kills).toBeGreaterThan(0);
    expect(counts).toMatchObject({ lost: 0, stuck: 0, codeNeverArrived: 0 });
    expect(counts.completed + counts.failedVisibly).toBe(100);
  }, 480_000);
});
