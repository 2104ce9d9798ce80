import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { StaffAlerts } from '@rightsdesk/notices';
import { FulfilmentStep, enqueueInOutbox } from '@rightsdesk/persistence';
import { jobIdFor, outboxEntryFor } from '@rightsdesk/queue';
import { AuditTrail, RequestRepository } from '@rightsdesk/requests';
import type { PeopleFreeText } from '@rightsdesk/data-map';

/** What a waiting step waits for, kept on the step (`planned`); no personal data. */
export interface WaitingPlan {
  /** `webhook`: sent, answer pending; `callback`: the recipient will call back; `manual`: staff. */
  task: 'webhook' | 'callback' | 'manual';
  /** `names`: in each language the map gives, for the person's notice (absent on older plans). */
  recipient: { id: string; name: string; names?: PeopleFreeText } | null;
  /** For staff: what to do, in the data map's words. */
  instructions?: string;
  /** What the task is about, for the completion notice (the system's description). */
  label: string;
}

/** A told step's receipt: who was told, how, and that they did it. */
export function toldResult(plan: WaitingPlan, via: 'webhook' | 'callback' | 'staff') {
  return { told: { recipient: plan.recipient, label: plan.label, outcome: 'done', via } };
}

/** How a step that waited for a recipient's callback or for staff ends, in the current transaction. */
@Injectable()
export class WaitingSteps {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly requests: RequestRepository,
    private readonly audit: AuditTrail,
    private readonly alerts: StaffAlerts,
  ) {}

  /**
   * Completes the step and schedules the flow's final check again: the flow's own check ran
   * when the step started waiting and left the request in progress.
   */
  async complete(
    step: FulfilmentStep,
    result: Record<string, unknown>,
    actor: string,
    via: 'callback' | 'staff',
  ): Promise<void> {
    const manager = this.txHost.tx;
    await manager.query(
      `UPDATE fulfilment_steps SET status = 'done', result = $2, error = NULL, finished_at = now(),
         updated_at = now() WHERE id = $1`,
      [step.id, JSON.stringify(result)],
    );
    await this.audit.append({
      requestId: step.requestId,
      actor,
      action: `fulfilment.${step.action}_done`,
      data: { stepId: step.id, source: step.source, via },
    });
    await enqueueInOutbox(
      manager,
      outboxEntryFor(
        'fulfilment.complete',
        { v: 1, requestId: step.requestId },
        jobIdFor('fulfilment.complete', step.requestId, `after-${step.id}`),
      ),
    );
  }

  /** A recipient reported that it could not do what it was told: the step and request fail. */
  async fail(step: FulfilmentStep, message: string, actor: string): Promise<void> {
    const error = message.slice(0, 500);
    await this.txHost.tx.update(FulfilmentStep, { id: step.id }, { status: 'failed', error });
    await this.requests.transition(step.requestId, 'fail', {
      actor,
      reason: `${step.action} on ${step.source} failed: ${error}`,
      data: { stepId: step.id, step: step.action, source: step.source },
      changes: {
        failure: {
          step: step.action,
          source: step.source,
          message: error,
          at: new Date().toISOString(),
        },
      },
    });
    await this.alerts.stepFailed(step.requestId, step.action);
  }
}
