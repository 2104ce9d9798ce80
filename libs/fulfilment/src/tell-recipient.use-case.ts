import { correctionsOf } from '@rightsdesk/domain';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@rightsdesk/config';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { SIGNATURE_HEADER, WebhookClient, signWebhookBody } from '@rightsdesk/connectors';
import { DataSubjectRequest, FulfilmentStep } from '@rightsdesk/persistence';
import { AuditTrail, RequestRepository } from '@rightsdesk/requests';
import { SourceRegistry, type ToldSystem } from '@rightsdesk/connectors';
import { type WaitingPlan, toldResult } from './waiting-step';

/** The idempotency key a recipient uses to recognise a retried delivery: the step id. */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

const ACTION_WORDS: Record<string, string> = {
  erase: 'deletion',
  correct: 'correction',
  withdraw_consent: 'withdrawal of consent',
};

/**
 * Carries out a step on a system that is told rather than changed (GDPR Art. 19; CCPA regs
 * 7022(b)(3), 7023(c)). A webhook gets a signed POST: `{"status":"done"}` finishes the step, 202
 * leaves it waiting for the recipient's signed callback, anything else fails the try (the job
 * retries; the idempotency key lets the recipient ignore a repeat). A manual system, or a webhook
 * whose variables are unset, becomes a task for staff: never skipped silently.
 */
@Injectable()
export class TellRecipientUseCase {
  private readonly client: WebhookClient;
  /** Rightsdesk's public address, for the callback URL. */
  private readonly publicUrl: string;

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly requests: RequestRepository,
    private readonly audit: AuditTrail,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.client = new WebhookClient({
      allowPrivate: config.WEBHOOK_ALLOW_PRIVATE,
      timeoutMs: config.WEBHOOK_TIMEOUT_MS,
    });
    this.publicUrl = config.PUBLIC_URL;
  }

  /** `sources`: the systems of the data map version the step's request is pinned to. */
  async execute(
    step: FulfilmentStep,
    request: DataSubjectRequest,
    sources: SourceRegistry,
  ): Promise<void> {
    const system = sources.toldSystem(step.source);
    if (!system) throw new Error(`no webhook or manual system "${step.source}" in the data map`);
    const plan: WaitingPlan = {
      task: 'manual',
      recipient: system.recipientOf,
      label: system.description,
    };
    if (system.connector === 'manual') {
      return this.wait(step, { ...plan, instructions: system.instructions });
    }
    const endpoint = sources.webhookEndpoint(system.name);
    if (!endpoint)
      return this.wait(step, { ...plan, instructions: fallbackInstructions(system, step) });

    const sent: WaitingPlan = { ...plan, task: 'webhook' };
    // Recorded before sending, so a callback that overtakes our own record is still accepted.
    await this.txHost.tx.query(
      'UPDATE fulfilment_steps SET planned = $2, updated_at = now() WHERE id = $1',
      [step.id, JSON.stringify(sent)],
    );
    const body = JSON.stringify(await this.messageFor(step, request));
    const answer = await this.client.post(endpoint.url, body, {
      [SIGNATURE_HEADER]: signWebhookBody(endpoint.secret, body),
      [IDEMPOTENCY_HEADER]: step.id,
    });
    const who = system.recipientOf?.name ?? system.name;
    if (answer.status === 202) return this.wait(step, { ...sent, task: 'callback' });
    const status = (answer.json as { status?: unknown } | undefined)?.status;
    if (answer.status >= 200 && answer.status < 300 && status === 'done') {
      return this.finish(step, toldResult(sent, 'webhook'));
    }
    throw new Error(
      answer.status >= 200 && answer.status < 300
        ? `${who} answered ${answer.status} without {"status":"done"} (answer 202 to call back later)`
        : `${who} answered ${answer.status}`,
    );
  }

  private async messageFor(step: FulfilmentStep, request: DataSubjectRequest) {
    const subject = await this.requests.subjectOf(request);
    // Only what the recipient needs to act (data minimisation, GDPR Art. 5(1)(c)).
    return {
      requestId: request.id,
      reference: request.reference,
      action: step.action,
      subject: { email: subject.email },
      ...(step.action === 'correct' ? { corrections: toldCorrections(request) } : {}),
      ...(step.action === 'withdraw_consent'
        ? { purposes: request.details.purposes ?? 'all' }
        : {}),
      callbackUrl: `${this.publicUrl.replace(/\/$/, '')}/api/v1/processor-callbacks/${step.id}`,
      sentAt: new Date().toISOString(),
    };
  }

  private async wait(step: FulfilmentStep, plan: WaitingPlan): Promise<void> {
    await this.txHost.withTransaction(async () => {
      const manager = this.txHost.tx;
      // Only a pending step waits: a callback may already have finished it.
      const changed = await manager.query(
        `UPDATE fulfilment_steps SET status = 'waiting', planned = $2, error = NULL,
           updated_at = now() WHERE id = $1 AND status = 'pending' RETURNING id`,
        [step.id, JSON.stringify(plan)],
      );
      if ((changed[0] as unknown[]).length === 0) return;
      await this.audit.append({
        requestId: step.requestId,
        actor: 'worker',
        action: `fulfilment.${step.action}_waiting`,
        data: {
          stepId: step.id,
          source: step.source,
          for: plan.task === 'manual' ? 'staff' : 'recipient',
        },
      });
    });
  }

  private async finish(step: FulfilmentStep, result: Record<string, unknown>): Promise<void> {
    await this.txHost.withTransaction(async () => {
      const manager = this.txHost.tx;
      const changed = await manager.query(
        `UPDATE fulfilment_steps SET status = 'done', result = $2, error = NULL, finished_at = now(),
           updated_at = now() WHERE id = $1 AND status = 'pending' RETURNING id`,
        [step.id, JSON.stringify(result)],
      );
      if ((changed[0] as unknown[]).length === 0) return;
      await this.audit.append({
        requestId: step.requestId,
        actor: 'worker',
        action: `fulfilment.${step.action}_done`,
        data: { stepId: step.id, source: step.source, via: 'webhook' },
      });
    });
  }
}

/** What staff do when a recipient's webhook is not configured: tell it another way. */
function fallbackInstructions(system: ToldSystem & { connector: 'webhook' }, step: FulfilmentStep) {
  const who = system.recipientOf?.name ?? system.name;
  return (
    `Tell ${who} about this ${ACTION_WORDS[step.action] ?? step.action} by other means (their ` +
    `privacy contact or portal) and record their confirmation here. Rightsdesk could not send ` +
    `it: ${system.url_env} and ${system.secret_env} are not set. (${system.description})`
  );
}

/**
 * The corrections as a recipient is told them: one field and its new value each, with the
 * dataset and record where the person named one (a processor keeps its own copy of each).
 */
function toldCorrections(request: DataSubjectRequest) {
  return correctionsOf(request.details).flatMap(({ table, record, changes }) =>
    Object.entries(changes).map(([field, value]) =>
      record ? { dataset: table, record, field, value } : { field, value },
    ),
  );
}
