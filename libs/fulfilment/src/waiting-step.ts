import { EntityManager } from 'typeorm';
import {
  FulfilmentStep,
  appendAuditEvent,
  enqueueInOutbox,
  transitionRequest,
} from '@rightsdesk/persistence';
import { jobIdFor, outboxEntryFor } from '@rightsdesk/queue';

/** What a waiting step waits for, kept on the step (`planned`); no personal data. */
export interface WaitingPlan {
  /** `webhook`: sent, answer pending; `callback`: the recipient will call back; `manual`: staff. */
  task: 'webhook' | 'callback' | 'manual';
  recipient: { id: string; name: string } | null;
  /** For staff: what to do, in the data map's words. */
  instructions?: string;
  /** What the task is about, for the completion notice (the system's description). */
  label: string;
}

/** A told step's receipt: who was told, how, and that they did it. */
export function toldResult(plan: WaitingPlan, via: 'webhook' | 'callback' | 'staff') {
  return { told: { recipient: plan.recipient, label: plan.label, outcome: 'done', via } };
}

/**
 * Completes a step that waited for a recipient's callback or for staff, in the caller's
 * transaction, and schedules the flow's final check again: the flow's own check ran when the
 * step started waiting and left the request in progress.
 */
export async function completeWaitingStep(
  manager: EntityManager,
  step: FulfilmentStep,
  result: Record<string, unknown>,
  actor: string,
  via: 'callback' | 'staff',
): Promise<void> {
  await manager.query(
    `UPDATE fulfilment_steps SET status = 'done', result = $2, error = NULL, finished_at = now(),
       updated_at = now() WHERE id = $1`,
    [step.id, JSON.stringify(result)],
  );
  await appendAuditEvent(manager, {
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
export async function failWaitingStep(
  manager: EntityManager,
  step: FulfilmentStep,
  message: string,
  actor: string,
): Promise<void> {
  const error = message.slice(0, 500);
  await manager.update(FulfilmentStep, { id: step.id }, { status: 'failed', error });
  await transitionRequest(manager, step.requestId, 'fail', {
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
}
