import { StaffAlerts } from '@rightsdesk/notices';
import { FulfilmentStep, enqueueInOutbox } from '@rightsdesk/persistence';
import { AuditTrail, RequestRepository } from '@rightsdesk/requests';
import { useCaseTestModule } from './use-case-test-module';
import { WaitingSteps } from './waiting-step';

jest.mock('@rightsdesk/persistence', () => ({
  ...jest.requireActual('@rightsdesk/persistence'),
  enqueueInOutbox: jest.fn(),
}));

describe(WaitingSteps.name, () => {
  const step = {
    id: 'step-1',
    requestId: 'request-1',
    action: 'erase',
    source: 'mailer',
  } as FulfilmentStep;
  const manager = { query: jest.fn(), update: jest.fn() };
  const requests = { transition: jest.fn() };
  const audit = { append: jest.fn() };
  const alerts = { stepFailed: jest.fn() };

  async function waiting(): Promise<WaitingSteps> {
    const moduleRef = await useCaseTestModule(WaitingSteps, manager, [
      { provide: RequestRepository, useValue: requests },
      { provide: AuditTrail, useValue: audit },
      { provide: StaffAlerts, useValue: alerts },
    ]);
    return moduleRef.get(WaitingSteps);
  }

  beforeEach(() => jest.clearAllMocks());

  it('a step a recipient finished is done, audited as theirs, and the final check runs again', async () => {
    const result = { told: { outcome: 'done', via: 'callback' } };
    await (await waiting()).complete(step, result, 'recipient:mailer-co', 'callback');
    expect(manager.query).toHaveBeenCalledWith(expect.stringContaining("status = 'done'"), [
      'step-1',
      JSON.stringify(result),
    ]);
    expect(audit.append).toHaveBeenCalledWith({
      requestId: 'request-1',
      actor: 'recipient:mailer-co',
      action: 'fulfilment.erase_done',
      data: { stepId: 'step-1', source: 'mailer', via: 'callback' },
    });
    // One check per finished step: a job id BullMQ has not seen for this request.
    expect(enqueueInOutbox).toHaveBeenCalledWith(
      manager,
      expect.objectContaining({
        jobName: 'fulfilment.complete',
        jobId: 'fulfilment.complete.request-1.after-step-1',
      }),
    );
    expect(requests.transition).not.toHaveBeenCalled();
  });

  it('a recipient that could not do it fails the step and the request, with its words cut to 500 characters', async () => {
    await (await waiting()).fail(step, 'x'.repeat(600), 'recipient:mailer-co');
    expect(manager.update).toHaveBeenCalledWith(
      FulfilmentStep,
      { id: 'step-1' },
      { status: 'failed', error: 'x'.repeat(500) },
    );
    expect(requests.transition).toHaveBeenCalledWith(
      'request-1',
      'fail',
      expect.objectContaining({
        actor: 'recipient:mailer-co',
        reason: `erase on mailer failed: ${'x'.repeat(500)}`,
        data: { stepId: 'step-1', step: 'erase', source: 'mailer' },
        changes: {
          failure: expect.objectContaining({ step: 'erase', source: 'mailer' }),
        },
      }),
    );
    expect(enqueueInOutbox).not.toHaveBeenCalled();
    expect(alerts.stepFailed).toHaveBeenCalledWith('request-1', 'erase');
  });
});
