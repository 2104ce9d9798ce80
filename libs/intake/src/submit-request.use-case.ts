import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import {
  DueDate,
  Language,
  Manner,
  Regime,
  RequestStatus,
  RequestType,
  addDays,
  calendarDateIn,
  dueDatesFor,
  endOfDayIn,
  rightProfile,
} from '@rightsdesk/domain';
import { RenderNoticeUseCase, sealStatusToken } from '@rightsdesk/notices';
import { AuditTrail, RequestRepository } from '@rightsdesk/requests';
import { IssueVerificationUseCase, newSecretToken } from '@rightsdesk/verification';
import { AdvanceVerifiedRequest } from './advance-verified-request';
import { ALWAYS_REVIEW } from './approval-policy';
import {
  AgentAuthorizationDocument,
  AgentAuthorizations,
  checkAgentAuthorization,
} from './agent-authorization';
import { IntakeDocumentUpload, IntakeDocuments, checkIntakeDocument } from './intake-document';
import { LifecycleSettingsInForce } from './lifecycle-settings';
import { lawOfRequest } from './law-of-request';
import { resolveCorrections } from './correction-request';
import { detailsOf, inlineDocument } from './request-details';
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
  /** Staff intake: the scanned letter or the note of the call, kept sealed with the request. */
  intakeDocument?: IntakeDocumentUpload;
}

export interface SubmittedRequest {
  id: string;
  reference: string;
  type: RequestType;
  status: RequestStatus;
  regime: Regime;
  /** The person's language: the deadline is worded in it. */
  language: Language;
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
@Injectable()
export class SubmitRequestUseCase {
  constructor(
    private readonly requests: RequestRepository,
    private readonly trail: AuditTrail,
    private readonly agents: AgentAuthorizations,
    private readonly documents: IntakeDocuments,
    private readonly advance: AdvanceVerifiedRequest,
    private readonly verification: IssueVerificationUseCase,
    private readonly notices: RenderNoticeUseCase,
    private readonly settings: LifecycleSettingsInForce,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  /** Runs in the caller's transaction when there is one (an appeal), else in its own. */
  async execute(
    command: SubmitRequestCommand,
    context: SubmitRequestContext,
  ): Promise<SubmittedRequest> {
    return this.txHost.withTransaction(async () => {
      const settings = this.settings.current();
      const corrections =
        command.type === 'correct'
          ? resolveCorrections(command.corrections, settings.correction.datasets)
          : [];
      const agentDocument = command.agent
        ? checkAgentAuthorization(context.agentAuthorization ?? inlineDocument(command.agent))
        : undefined;
      const intakeDocument = context.intakeDocument && checkIntakeDocument(context.intakeDocument);
      const receivedAt = context.receivedAt ?? new Date();
      const { regime, courtesyTo } = lawOfRequest(command, receivedAt, settings);
      const dueDates = dueDatesFor(
        { type: command.type, regime, receivedAt },
        { timeZone: settings.timeZone, calendar: settings.calendar },
      );
      const statusToken = newSecretToken();
      const subjectId = await this.requests.addSubject({
        email: command.email,
        name: command.name,
        phone: command.phone,
        postalAddress: command.postalAddress,
      });
      const { id, reference } = await this.requests.add({
        type: command.type,
        regime,
        manner: context.manner,
        answerChannel: command.answerChannel,
        language: command.language,
        subjectId,
        details: detailsOf(command, corrections),
        residence: command.residence ?? null,
        receivedAt,
        dueDates,
        statusTokenHash: statusTokenHash(settings.tokenKey, statusToken),
        statusTokenSealed: sealStatusToken(settings.sealKey, statusToken),
        timeZone: command.timeZone ?? null,
        parentRequestId: context.parentRequestId ?? null,
      });
      await this.trail.append({
        requestId: id,
        actor: context.actor,
        action: 'request.received',
        toStatus: 'received',
        data: {
          type: command.type,
          regime,
          ...(courtesyTo && { courtesyTo }),
          manner: context.manner,
          dueOn: dueDates.respond.dueOn,
        },
        at: receivedAt,
      });

      if (command.agent && agentDocument) {
        await this.agents.store(id, command.agent, agentDocument, settings.sealKey);
        await this.trail.append({
          requestId: id,
          actor: context.actor,
          action: 'agent.authorization_received',
          data: { kind: command.agent.powerOfAttorney ? 'power_of_attorney' : 'signed_permission' },
        });
      }

      if (intakeDocument) {
        await this.documents.store(id, intakeDocument, settings.sealKey, context.actor);
        await this.trail.append({
          requestId: id,
          actor: context.actor,
          action: 'intake.document_attached',
          data: {
            contentType: intakeDocument.contentType,
            byteSize: intakeDocument.content.length,
          },
        });
      }

      let status: RequestStatus;
      if (command.agent?.powerOfAttorney && rightProfile(command.type).needsVerification) {
        // regs 7063(b): a power of attorney stands in for the person's own verification. An officer
        // still reads the document, so such a request always goes to review, whatever the policy.
        const verified = await this.requests.transition(id, 'verify', {
          actor: 'system',
          reason: 'an authorized agent presented a power of attorney (regs 7063(b))',
          context: { powerOfAttorney: true },
          changes: { verification: { outcome: 'power_of_attorney', at: receivedAt.toISOString() } },
        });
        status = (await this.advance.advance(verified, ALWAYS_REVIEW)).status;
      } else if (rightProfile(command.type).needsVerification) {
        const expiresAt = endOfDayIn(
          addDays(calendarDateIn(receivedAt, settings.timeZone), settings.verificationExpiryDays),
          settings.timeZone,
        );
        await this.requests.transition(id, 'request_verification', {
          actor: 'system',
          changes: { verificationExpiresAt: expiresAt },
        });
        await this.verification.issueAtIntake(id, statusToken);
        status = 'pending_verification';
      } else {
        // No code email goes out, so confirm receipt now (regs 7021(a); an appeal has its own).
        await this.notices.renderInto(
          this.txHost.tx,
          id,
          command.type === 'appeal' ? 'appeal_received' : 'request_received',
        );
        // GDPR 7(3), regs 7026: withdrawing consent (or an appeal) asks for no proof of identity.
        const verified = await this.requests.transition(id, 'verify', {
          actor: 'system',
          reason: 'this type of request needs no proof of identity',
          changes: { verification: { outcome: 'not_required', at: receivedAt.toISOString() } },
        });
        status = (await this.advance.advance(verified, settings.approval)).status;
      }
      return {
        id,
        reference,
        type: command.type,
        status,
        regime,
        language: command.language,
        receivedAt,
        due: dueDates.respond,
        acknowledge: dueDates.acknowledge,
        statusToken,
      };
    });
  }
}
