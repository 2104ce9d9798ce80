import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import {
  AnswerChannel,
  DueDate,
  Language,
  Manner,
  Regime,
  RequestType,
  formatRequestReference,
  regimeFor,
  responseDueDate,
} from '@rightsdesk/domain';
import { DataSubjectRequest, appendAuditEvent, enqueueInOutbox } from '@rightsdesk/persistence';
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
    const subjectId = randomUUID();
    const details = detailsOf(command);
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO subject_identities (id, email, name, phone, postal_address) VALUES ($1, $2, $3, $4, $5)`,
        [
          subjectId,
          command.email,
          command.name ?? null,
          command.phone ?? null,
          jsonOrNull(command.postalAddress),
        ],
      );
      const { id, reference } = await insertRequest(manager, {
        type: command.type,
        regime,
        manner: context.manner,
        answerChannel: command.answerChannel,
        language: command.language,
        subjectId,
        details,
        receivedAt,
        due,
      });
      await appendAuditEvent(manager, {
        requestId: id,
        actor: context.actor,
        action: 'request.received',
        toStatus: 'received',
        data: { type: command.type, regime, manner: context.manner, dueOn: due.dueOn },
        at: receivedAt,
      });
      if (command.type === 'access') {
        const payload = { v: 1 as const, requestId: id };
        await enqueueInOutbox(
          manager,
          outboxEntryFor('access.collect', payload, jobIdFor('access.collect', id)),
        );
      }
      return {
        id,
        reference,
        type: command.type,
        status: 'received' as const,
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

interface NewRequest {
  type: RequestType;
  regime: Regime;
  manner: Manner;
  answerChannel: AnswerChannel;
  language: Language;
  subjectId: string;
  details: Record<string, unknown>;
  receivedAt: Date;
  due: DueDate;
}

async function insertRequest(
  manager: EntityManager,
  request: NewRequest,
): Promise<{ id: string; reference: string }> {
  // 40 bits of randomness make a clash rare; ON CONFLICT keeps the transaction usable to retry.
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const id = randomUUID();
    const reference = formatRequestReference(randomBytes(8));
    const inserted = (await manager.query(
      `INSERT INTO requests (id, reference, type, status, regime, manner, answer_channel, language,
         subject_id, details, received_at, due_at, due_explanation)
       VALUES ($1, $2, $3, 'received', $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT (reference) DO NOTHING RETURNING id`,
      [
        id,
        reference,
        request.type,
        request.regime,
        request.manner,
        request.answerChannel,
        request.language,
        request.subjectId,
        JSON.stringify(request.details),
        request.receivedAt,
        request.due.dueAt,
        request.due.explanation,
      ],
    )) as Array<{ id: string }>;
    if (inserted.length === 1) return { id, reference };
  }
  throw new Error('could not allocate a unique request reference');
}

function jsonOrNull(value: object | undefined): string | null {
  return value === undefined ? null : JSON.stringify(value);
}
