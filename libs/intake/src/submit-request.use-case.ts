import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import {
  AnswerChannel,
  DomainError,
  DueDate,
  Language,
  Manner,
  Regime,
  RequestDueDates,
  RequestStatus,
  RequestType,
  addDays,
  calendarDateIn,
  dueDatesFor,
  endOfDayIn,
  formatRequestReference,
  regimeFor,
  rightProfile,
} from '@rightsdesk/domain';
import { appendAuditEvent, transitionRequest } from '@rightsdesk/persistence';
import { RenderNoticeUseCase } from '@rightsdesk/notices';
import { IssueVerificationUseCase, newSecretToken } from '@rightsdesk/verification';
import { advanceVerifiedRequest } from './advance-verified-request';
import {
  AgentAuthorizationDocument,
  checkAgentAuthorization,
  storeAgentAuthorization,
} from './agent-authorization';
import { LifecycleSettings } from './lifecycle-settings';
import { statusTokenHash } from './request-lookup';
import { SubmitRequestCommand } from './submit-request.schema';

export interface SubmitRequestContext {
  manner: Manner;
  /** "subject", "api:<key id>" or a staff user id. */
  actor: string;
  receivedAt?: Date;
  /** An appeal names the request it appeals. */
  parentRequestId?: string;
  /** Required when an authorized agent submits: their signed permission or power of attorney. */
  agentAuthorization?: AgentAuthorizationDocument;
}

export interface SubmittedRequest {
  id: string;
  reference: string;
  type: RequestType;
  status: RequestStatus;
  regime: Regime;
  receivedAt: Date;
  due: DueDate;
  acknowledge?: DueDate;
  /** The person's secret: it alone opens the status page. Shown once, stored only hashed. */
  statusToken: string;
}

/**
 * Records a request and starts its life in one transaction, so an accepted request is in
 * Postgres before anyone is answered: the identity, the request with its statutory clocks, the
 * audit trail, and the first step (an emailed code for types that need proof of identity, or
 * straight on to approval for those that may not ask for it).
 */
export class SubmitRequestUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: LifecycleSettings,
    private readonly verification: IssueVerificationUseCase,
    private readonly notices: RenderNoticeUseCase,
  ) {}

  async execute(
    command: SubmitRequestCommand,
    context: SubmitRequestContext,
  ): Promise<SubmittedRequest> {
    return this.dataSource.transaction((manager) => this.submitInto(manager, command, context));
  }

  async submitInto(
    manager: EntityManager,
    command: SubmitRequestCommand,
    context: SubmitRequestContext,
  ): Promise<SubmittedRequest> {
    if (command.type === 'correct') checkCorrectable(command.corrections, this.settings);
    const agentDocument = command.agent
      ? checkAgentAuthorization(context.agentAuthorization ?? inlineDocument(command.agent))
      : undefined;
    const receivedAt = context.receivedAt ?? new Date();
    const regime = command.regime ?? regimeFor(command.residence, this.settings.defaultRegime);
    const dueDates = dueDatesFor(
      { type: command.type, regime, receivedAt },
      { timeZone: this.settings.timeZone, calendar: this.settings.calendar },
    );
    const subjectId = randomUUID();
    const statusToken = newSecretToken();
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
      details: detailsOf(command),
      receivedAt,
      dueDates,
      statusTokenHash: statusTokenHash(this.settings.tokenKey, statusToken),
      parentRequestId: context.parentRequestId ?? null,
    });
    await appendAuditEvent(manager, {
      requestId: id,
      actor: context.actor,
      action: 'request.received',
      toStatus: 'received',
      data: { type: command.type, regime, manner: context.manner, dueOn: dueDates.respond.dueOn },
      at: receivedAt,
    });

    if (command.agent && agentDocument) {
      await storeAgentAuthorization(
        manager,
        id,
        command.agent,
        agentDocument,
        this.settings.sealKey,
      );
      await appendAuditEvent(manager, {
        requestId: id,
        actor: context.actor,
        action: 'agent.authorization_received',
        data: { kind: command.agent.powerOfAttorney ? 'power_of_attorney' : 'signed_permission' },
      });
    }

    let status: RequestStatus;
    if (command.agent?.powerOfAttorney && rightProfile(command.type).needsVerification) {
      // regs 7063(b): a power of attorney stands in for the person's own verification. An officer
      // still reads the document, so such a request always goes to review, whatever the policy.
      const verified = await transitionRequest(manager, id, 'verify', {
        actor: 'system',
        reason: 'an authorized agent presented a power of attorney (regs 7063(b))',
        context: { powerOfAttorney: true },
        changes: { verification: { outcome: 'power_of_attorney', at: receivedAt.toISOString() } },
      });
      status = (await advanceVerifiedRequest(manager, verified, [])).status;
    } else if (rightProfile(command.type).needsVerification) {
      const expiresAt = endOfDayIn(
        addDays(
          calendarDateIn(receivedAt, this.settings.timeZone),
          this.settings.verificationExpiryDays,
        ),
        this.settings.timeZone,
      );
      await transitionRequest(manager, id, 'request_verification', {
        actor: 'system',
        changes: { verificationExpiresAt: expiresAt },
      });
      await this.verification.issueInto(manager, id, statusToken);
      status = 'pending_verification';
    } else {
      // No code email goes out, so confirm receipt now (regs 7021(a); an appeal has its own).
      await this.notices.renderInto(
        manager,
        id,
        command.type === 'appeal' ? 'appeal_received' : 'request_received',
      );
      // GDPR 7(3), regs 7026: withdrawing consent (or an appeal) asks for no proof of identity.
      const verified = await transitionRequest(manager, id, 'verify', {
        actor: 'system',
        reason: 'this type of request needs no proof of identity',
        changes: { verification: { outcome: 'not_required', at: receivedAt.toISOString() } },
      });
      status = (await advanceVerifiedRequest(manager, verified, this.settings.autoApprove)).status;
    }
    return {
      id,
      reference,
      type: command.type,
      status,
      regime,
      receivedAt,
      due: dueDates.respond,
      acknowledge: dueDates.acknowledge,
      statusToken,
    };
  }
}

/** Type-specific input kept on the request; identity fields live in subject_identities. */
function detailsOf(command: SubmitRequestCommand): Record<string, unknown> {
  const residence = command.residence ?? null;
  // The document is stored sealed on its own; details keep who the agent is.
  const agent = command.agent
    ? {
        name: command.agent.name,
        email: command.agent.email,
        powerOfAttorney: command.agent.powerOfAttorney,
      }
    : null;
  switch (command.type) {
    case 'access':
      return { scope: command.scope, residence, agent };
    case 'correct':
      return { corrections: command.corrections, reason: command.reason ?? null, residence, agent };
    case 'withdraw_consent':
      return { purposes: command.purposes, residence, agent };
    case 'delete':
      return { residence, agent };
    case 'appeal':
      return { reason: command.reason };
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
  dueDates: RequestDueDates;
  statusTokenHash: string;
  parentRequestId: string | null;
}

async function insertRequest(
  manager: EntityManager,
  request: NewRequest,
): Promise<{ id: string; reference: string }> {
  const { respond, acknowledge } = request.dueDates;
  // 40 bits of randomness make a clash rare; ON CONFLICT keeps the transaction usable to retry.
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const id = randomUUID();
    const reference = formatRequestReference(randomBytes(8));
    const inserted = (await manager.query(
      `INSERT INTO requests (id, reference, type, status, regime, manner, answer_channel, language,
         subject_id, details, received_at, due_at, due_explanation, due_rule, ack_due_at,
         ack_explanation, status_token_hash, parent_request_id)
       VALUES ($1, $2, $3, 'received', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
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
        respond.dueAt,
        respond.explanation,
        JSON.stringify({ dueOn: respond.dueOn, basis: respond.basis }),
        acknowledge?.dueAt ?? null,
        acknowledge?.explanation ?? null,
        request.statusTokenHash,
        request.parentRequestId,
      ],
    )) as Array<{ id: string }>;
    if (inserted.length === 1) return { id, reference };
  }
  throw new Error('could not allocate a unique request reference');
}

/** regs 7023: only fields the data map lets a correction change can be asked for. */
function checkCorrectable(
  corrections: ReadonlyArray<{ field: string }>,
  settings: LifecycleSettings,
): void {
  const allowed = settings.correction.correctableFields;
  const problems = corrections.flatMap(({ field }, index) =>
    allowed.includes(field)
      ? []
      : [{ path: `corrections.${index}.field`, message: `"${field}" cannot be corrected here` }],
  );
  if (problems.length > 0) {
    throw new DomainError(
      'invalid_input',
      `${problems.map((problem) => problem.message).join('; ')}. Fields that can be corrected: ${allowed.join(', ')}.`,
      problems,
    );
  }
}

function inlineDocument(
  agent: NonNullable<SubmitRequestCommand['agent']>,
): AgentAuthorizationDocument | undefined {
  const inline = agent.authorization;
  return inline
    ? {
        fileName: inline.fileName,
        contentType: inline.contentType,
        content: Buffer.from(inline.contentBase64, 'base64'),
      }
    : undefined;
}

function jsonOrNull(value: object | undefined): string | null {
  return value === undefined ? null : JSON.stringify(value);
}
