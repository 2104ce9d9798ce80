import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { FulfilmentStep } from '@rightsdesk/persistence';
import { StaffAlerts } from '@rightsdesk/notices';
import { RequestRepository } from '@rightsdesk/requests';

/**
 * A step whose last retry failed: the step and the request show the error (the step, the source
 * and the message, never personal data), so an officer can see what broke and retry it; the
 * assignee (or the admins) hear of it by email.
 */
@Injectable()
export class FailFulfilmentStepUseCase {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly requests: RequestRepository,
    private readonly alerts: StaffAlerts,
  ) {}

  async execute(stepId: string, message: string): Promise<void> {
    const error = message.slice(0, 500);
    await this.txHost.withTransaction(async () => {
      const manager = this.txHost.tx;
      const step = await manager.getRepository(FulfilmentStep).findOneBy({ id: stepId });
      if (!step || step.status === 'done') return;
      await manager.update(FulfilmentStep, { id: stepId }, { status: 'failed', error });
      await this.fail(step.requestId, step.action, step.source, error, { stepId });
    });
  }

  /** A failure of the flow itself (planning or the final check), not of one source's step. */
  async failRequest(requestId: string, job: string, message: string): Promise<void> {
    await this.txHost.withTransaction(() =>
      this.fail(requestId, job, undefined, message.slice(0, 500), {}),
    );
  }

  private async fail(
    requestId: string,
    step: string,
    source: string | undefined,
    error: string,
    data: Record<string, unknown>,
  ): Promise<void> {
    const request = await this.requests.getById(requestId);
    if (request.status !== 'in_progress') return;
    await this.requests.transition(requestId, 'fail', {
      actor: 'worker',
      reason: `${step}${source ? ` on ${source}` : ''} failed: ${error}`,
      data: { ...data, step, source: source ?? null },
      changes: { failure: { step, source, message: error, at: new Date().toISOString() } },
    });
    await this.alerts.stepFailed(requestId, step);
  }
}
