import 'reflect-metadata';
import { processorWebhookScenario } from '../support/processor-webhook-scenario';

/**
 * The demo map's processor (the email provider, told by webhook) and its paper archive (a task
 * for staff), end to end: the built api and worker as processes, a real HTTP server on 127.0.0.1
 * standing in for the processor (hence WEBHOOK_ALLOW_PRIVATE=true), a real SMTP server.
 */
describe('processors told by webhook, and tasks done by hand, end to end: correction and failure', () => {
  const scenario = processorWebhookScenario('webhook');
  const { deliveries, answers, submit, stepOn } = scenario;

  it('corrects: a processor that answers {"status":"done"} at once completes its step', async () => {
    answers.correct = { status: 200, body: { status: 'done' } };
    const answer = await submit(
      {
        type: 'correct',
        email: 'jon.smith@example.com',
        corrections: [{ field: 'phone', value: '+1 312 555 0142' }],
      },
      (candidate) => candidate.status === 'completed',
    );
    // No manual task: the paper archive is listed for deletions only.
    expect(answer.steps.map((step) => `${step.source}=${step.status}`).sort()).toEqual([
      'email_provider=done',
      'shop=done',
    ]);
    const delivery = deliveries.find((candidate) => candidate.body.requestId === answer.id);
    expect(delivery?.body.corrections).toEqual([{ field: 'phone', value: '+1 312 555 0142' }]);
  }, 120_000);

  it('shows a processor that keeps answering 500 as a failed step, after its retries', async () => {
    answers.withdraw_consent = { status: 500 };
    const failed = await submit(
      { type: 'withdraw_consent', email: 'grace.omalley@example.com' },
      (answer) => answer.status === 'failed',
    );
    const hook = stepOn(failed, 'email_provider');
    expect(hook).toMatchObject({ status: 'failed', attempts: 2 });
    expect(hook.error).toMatch(/Email delivery service answered 500/);
    expect(failed.failure).toMatchObject({ step: 'withdraw_consent', source: 'email_provider' });
    // Both tries carried the same idempotency key, so the processor can tell a retry.
    const keys = deliveries
      .filter((candidate) => candidate.body.requestId === failed.id)
      .map((candidate) => candidate.headers['idempotency-key']);
    expect(keys).toEqual([hook.id, hook.id]);
  }, 120_000);
});
