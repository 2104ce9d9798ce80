import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { z } from 'zod';
import { SIGNATURE_TOLERANCE_SECONDS, verifyWebhookSignature } from '@rightsdesk/connectors';
import { DomainError, statusInWords } from '@rightsdesk/domain';
import { FulfilmentStep } from '@rightsdesk/persistence';
import { RequestRepository } from '@rightsdesk/requests';
import { FulfilmentSources } from './fulfilment-sources';
import { type WaitingPlan, WaitingSteps, toldResult } from './waiting-step';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What a recipient reports when it calls back. */
export const recipientCallbackSchema = z.strictObject({
  status: z.enum(['done', 'failed']),
  note: z.string().trim().max(2000).optional(),
});

const REFUSED_SIGNATURE: Record<'malformed' | 'expired' | 'mismatch', string> = {
  malformed: 'Sign the callback: X-Rightsdesk-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256>.',
  expired: `The signature's timestamp is more than ${SIGNATURE_TOLERANCE_SECONDS / 60} minutes from now.`,
  mismatch: 'The signature does not match the body and the secret agreed for this recipient.',
};

/**
 * A recipient's callback for a step that answered 202: signed with the webhook's secret over the
 * raw body, like our request to it. The signature is checked before the body is read, and the
 * step changes in one transaction with the request's next check, so a refused callback writes
 * nothing.
 */
@Injectable()
export class RecordRecipientCallbackUseCase {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly sources: FulfilmentSources,
    private readonly requests: RequestRepository,
    private readonly waiting: WaitingSteps,
  ) {}

  async execute(
    stepId: string,
    rawBody: Buffer,
    signature: string | undefined,
    now = new Date(),
  ): Promise<{ stepId: string; status: 'done' | 'failed' }> {
    const notFound = new DomainError('not_found', 'No step with that id waits for a callback.');
    if (!UUID.test(stepId)) throw notFound;
    // The webhook of the data map version the step's request was fulfilled with: a recipient
    // added by a newer version is known, and one removed since still answered for its requests.
    const sources = await this.sources.ofStep(stepId);
    const known = await this.txHost.tx.getRepository(FulfilmentStep).findOneBy({ id: stepId });
    const system = known ? sources.toldSystem(known.source) : undefined;
    const endpoint = system ? sources.webhookEndpoint(system.name) : undefined;
    if (!known || system?.connector !== 'webhook' || !endpoint) throw notFound;

    const check = verifyWebhookSignature(endpoint.secret, signature, rawBody, now);
    if (!check.ok) throw new DomainError('unauthenticated', REFUSED_SIGNATURE[check.reason]);
    const report = parseReport(rawBody);

    return this.txHost.withTransaction(async () => {
      const manager = this.txHost.tx;
      const step = await manager
        .getRepository(FulfilmentStep)
        .createQueryBuilder('step')
        .setLock('pessimistic_write')
        .where('step.id = :stepId', { stepId })
        .getOneOrFail();
      const plan = (step.planned ?? {}) as Partial<WaitingPlan>;
      const sent = step.status === 'pending' && plan.task === 'webhook'; // our record may lag
      if (step.status !== 'waiting' && !sent) {
        throw new DomainError(
          'invalid_state',
          step.status === 'done' || step.status === 'failed'
            ? `The step is already ${step.status}; a callback can no longer change it.`
            : 'The step has not been sent to the recipient yet.',
        );
      }
      const request = await this.requests.getById(step.requestId);
      if (request.status !== 'in_progress') {
        throw new DomainError(
          'invalid_state',
          `The request is ${statusInWords(request.status)}, not in progress.`,
        );
      }
      const actor = `recipient:${system.recipient}`;
      const full: WaitingPlan = {
        task: 'callback',
        recipient: system.recipientOf,
        label: system.description,
      };
      if (report.status === 'done') {
        await this.waiting.complete(step, toldResult(full, 'callback'), actor, 'callback');
      } else {
        const who = system.recipientOf?.name ?? system.name;
        const note = report.note ? `: ${report.note}` : '';
        await this.waiting.fail(step, `${who} reported that it failed${note}`, actor);
      }
      return { stepId, status: report.status };
    });
  }
}

function parseReport(rawBody: Buffer): z.output<typeof recipientCallbackSchema> {
  let body: unknown;
  try {
    body = JSON.parse(rawBody.toString('utf8'));
  } catch {
    throw new DomainError(
      'invalid_input',
      'The body must be JSON: {"status":"done"|"failed","note"?}.',
    );
  }
  const parsed = recipientCallbackSchema.safeParse(body);
  if (parsed.success) return parsed.data;
  const fields = parsed.error.issues.map((issue) => ({
    path: issue.path.join('.') || '(body)',
    message: issue.message,
  }));
  throw new DomainError(
    'invalid_input',
    'The body must be {"status":"done"|"failed","note"?}.',
    fields,
  );
}
