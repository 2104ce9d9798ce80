import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import {
  DueDate,
  Manner,
  Regime,
  formatRequestReference,
  regimeFor,
  responseDueDate,
} from '@rightsdesk/domain';
import {
  DataSubjectRequest,
  SubjectIdentity,
  appendAuditEvent,
  enqueueInOutbox,
} from '@rightsdesk/persistence';
import { jobIdFor, outboxEntryFor } from '@rightsdesk/queue';
import { SubmitRequestCommand } from './submit-request.schema';

export interface SubmitRequestContext {
  manner: Manner;
  /** "subject", "api:<key id>" or a staff user id. */
  actor: string;
  receivedAt?: Date;
}

export interface IntakePolicy {
  defaultRegime: Regime;
  timeZone: string;
}

export interface SubmittedRequest {
  id: string;
  reference: string;
  type: DataSubjectRequest['type'];
  status: DataSubjectRequest['status'];
  regime: Regime;
  receivedAt: Date;
  due: DueDate;
}

/**
 * Records a request: the identity, the request, its first audit event and the job that starts
 * it, in one transaction, so an accepted request is in Postgres before anyone is answered.
 */
export class SubmitRequestUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: IntakePolicy,
  ) {}

  async execute(
    command: SubmitRequestCommand,
    context: SubmitRequestContext,
  ): Promise<SubmittedRequest> {
    const receivedAt = context.receivedAt ?? new Date();
    const regime = regimeFor(command.residence, this.policy.defaultRegime);
    const due = responseDueDate(regime, receivedAt, this.policy.timeZone);
    return this.dataSource.transaction(async (manager) => {
      const subject = await manager.save(
        manager.create(SubjectIdentity, {
          email: command.email,
          name: command.name ?? null,
          phone: command.phone ?? null,
          postalAddress: command.postalAddress ?? null,
        }),
      );
      const request = await insertWithFreshReference(manager, {
        type: command.type,
        status: 'received',
        regime,
        manner: context.manner,
        answerChannel: command.answerChannel,
        language: command.language,
        subjectId: subject.id,
        details: detailsOf(command),
        receivedAt,
        dueAt: due.dueAt,
        dueExplanation: due.explanation,
      });
      await appendAuditEvent(manager, {
        requestId: request.id,
        actor: context.actor,
        action: 'request.received',
        toStatus: 'received',
        data: { type: request.type, regime, manner: context.manner, dueOn: due.dueOn },
        at: receivedAt,
      });
      if (request.type === 'access') {
        const payload = { v: 1 as const, requestId: request.id };
        await enqueueInOutbox(
          manager,
          outboxEntryFor('access.collect', payload, jobIdFor('access.collect', request.id)),
        );
      }
      return {
        id: request.id,
        reference: request.reference,
        type: request.type,
        status: request.status,
        regime,
        receivedAt,
        due,
      };
    });
  }
}

/** Type-specific input kept on the request; identity fields live in subject_identities. */
function detailsOf(command: SubmitRequestCommand): Record<string, unknown> {
  switch (command.type) {
    case 'access':
      return { scope: command.scope, residence: command.residence ?? null };
    case 'correct':
      return {
        corrections: command.corrections,
        reason: command.reason ?? null,
        residence: command.residence ?? null,
      };
    case 'withdraw_consent':
      return { purposes: command.purposes, residence: command.residence ?? null };
    case 'delete':
      return { residence: command.residence ?? null };
  }
}

async function insertWithFreshReference(
  manager: EntityManager,
  fields: Omit<
    DataSubjectRequest,
    'id' | 'reference' | 'createdAt' | 'updatedAt' | 'completedAt' | 'failure'
  >,
): Promise<DataSubjectRequest> {
  // 40 bits of randomness make a clash rare; ON CONFLICT keeps the transaction usable to retry.
  for (let attempt = 0; ; attempt += 1) {
    const reference = formatRequestReference(randomBytes(8));
    const inserted = (await manager.query(
      `INSERT INTO requests (reference, type, status, regime, manner, answer_channel, language,
         subject_id, details, received_at, due_at, due_explanation)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT (reference) DO NOTHING RETURNING id`,
      [
        reference,
        fields.type,
        fields.status,
        fields.regime,
        fields.manner,
        fields.answerChannel,
        fields.language,
        fields.subjectId,
        JSON.stringify(fields.details),
        fields.receivedAt,
        fields.dueAt,
        fields.dueExplanation,
      ],
    )) as Array<{ id: string }>;
    if (inserted.length === 1) {
      return manager.getRepository(DataSubjectRequest).findOneByOrFail({ id: inserted[0].id });
    }
    if (attempt >= 5) throw new Error('could not allocate a unique request reference');
  }
}
