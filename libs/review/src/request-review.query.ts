import { Inject, Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { In } from 'typeorm';
import { personIdentityOf } from '@rightsdesk/connectors';
import { APP_CONFIG, AppConfig } from '@rightsdesk/config';
import { DomainError, deadlineSentence, isOpen, timeLeft } from '@rightsdesk/domain';
import {
  AccessPackage,
  ApiKey,
  Correspondence,
  FulfilmentStep,
  StaffUser,
} from '@rightsdesk/persistence';
import { RequestHistoryQuery, RequestMessages, RequestRepository } from '@rightsdesk/requests';
import { currentDueDate } from './current-due-date';
import { CorrectionPreviews } from './correction-previews';
import { FoundInSources } from './found-in-sources';
import { deadlineUrgency } from './deadline-urgency';
import { RequestReview } from './request-review.model';
import { availableActions } from './review-actions';
import { Reviewer, assertRequestId } from './reviewer';

export type { FoundInSource, RequestReview } from './request-review.model';

/** The request page's read model: one request with its person, clock, findings and history. */
@Injectable()
export class RequestReviewQuery {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly requests: RequestRepository,
    private readonly messages: RequestMessages,
    private readonly history: RequestHistoryQuery,
    private readonly sources: FoundInSources,
    private readonly corrections: CorrectionPreviews,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async view(id: string, reviewer: Reviewer, now = new Date()): Promise<RequestReview> {
    assertRequestId(id);
    const manager = this.txHost.tx;
    const request = await this.requests.findById(id);
    if (!request)
      throw new DomainError('not_found', 'No request with that id is available to you.');
    const [subject, steps, accessPackage, events, letters, notes, appeal, messages] =
      await Promise.all([
        this.requests.subjectOf(request),
        manager
          .getRepository(FulfilmentStep)
          .find({ where: { requestId: id }, order: { createdAt: 'ASC' } }),
        manager.getRepository(AccessPackage).findOneBy({ requestId: id }),
        this.history.events(id),
        manager.getRepository(Correspondence).find({
          select: {
            id: true,
            kind: true,
            channel: true,
            status: true,
            subject: true,
            createdAt: true,
            sentAt: true,
            error: true,
          },
          where: { requestId: id },
          order: { createdAt: 'ASC' },
        }),
        this.history.notes(id),
        request.type === 'appeal' ? null : this.requests.findAppealOf(id),
        this.messages.of(id),
      ]);
    const assignee = request.assigneeId
      ? await manager.getRepository(StaffUser).findOneBy({ id: request.assigneeId })
      : null;
    const open = isOpen(request.status);
    const left = open ? timeLeft(request.dueAt, now, this.config.COMPANY_TIME_ZONE) : null;
    const due = currentDueDate(request, this.config.COMPANY_TIME_ZONE);
    return {
      request: {
        id: request.id,
        reference: request.reference,
        type: request.type,
        status: request.status,
        regime: request.regime,
        manner: request.manner,
        answerChannel: request.answerChannel,
        language: request.language,
        receivedAt: request.receivedAt.toISOString(),
        details: request.details,
        assignee: assignee ? { id: assignee.id, name: assignee.name } : null,
        appealOf: request.parentRequestId,
        duplicateOf: request.duplicateOfId,
        denial: request.denialBasis
          ? { basis: request.denialBasis, reason: request.denialReason }
          : null,
        failure: request.failure,
        completedAt: request.completedAt?.toISOString() ?? null,
      },
      subject: {
        email: subject.email,
        name: subject.name,
        phone: subject.phone,
        postalAddress: subject.postalAddress,
      },
      verification: request.verification,
      deadline: {
        dueAt: request.dueAt.toISOString(),
        dueOn: request.dueRule?.dueOn ?? null,
        kind: request.dueRule?.basis.kind ?? null,
        // The rule in words, as the person reads it ("The law gives us 45 days from …").
        explanation: request.dueRule
          ? deadlineSentence(request.dueRule).rule
          : request.dueExplanation,
        timeLeft: left,
        urgency: deadlineUrgency(left),
        acknowledgeBy: request.ackDueAt?.toISOString() ?? null,
        acknowledgeOn: request.ackRule?.dueOn ?? null,
        acknowledgeRule: request.ackRule
          ? deadlineSentence(request.ackRule).rule
          : request.ackExplanation,
        extension: request.originalDueAt
          ? { originalDueAt: request.originalDueAt.toISOString(), reason: request.extensionReason }
          : null,
      },
      appeal: appeal && {
        id: appeal.id,
        reference: appeal.reference,
        status: appeal.status,
        receivedAt: appeal.receivedAt.toISOString(),
        dueOn: appeal.dueRule?.dueOn ?? null,
        dueAt: appeal.dueAt.toISOString(),
        rule: appeal.dueRule ? deadlineSentence(appeal.dueRule).rule : appeal.dueExplanation,
      },
      found:
        steps.length > 0 || !open || request.type === 'appeal'
          ? steps.map((step) => this.sources.fromStep(step, accessPackage))
          : await this.sources.lookUp(personIdentityOf(subject, request)),
      corrections:
        request.type === 'correct' &&
        ['verified', 'awaiting_review', 'needs_info'].includes(request.status)
          ? await this.corrections.of(request.details, subject.email ?? '')
          : null,
      askedCorrections: request.type === 'correct' ? this.corrections.asked(request.details) : null,
      timeline: events.map((event) => ({
        at: event.at.toISOString(),
        actor: event.actor,
        action: event.action,
        fromStatus: event.fromStatus,
        toStatus: event.toStatus,
        reason: event.reason,
      })),
      correspondence: letters.map((message) => ({
        id: message.id,
        kind: message.kind,
        channel: message.channel,
        status: message.status,
        subject: message.subject,
        createdAt: message.createdAt.toISOString(),
        sentAt: message.sentAt?.toISOString() ?? null,
        error: message.error,
      })),
      notes: notes.map((note) => ({
        id: note.id,
        author: note.author,
        body: note.body,
        createdAt: note.createdAt.toISOString(),
      })),
      messages: messages.map((message) => ({
        ...message,
        receivedAt: message.receivedAt.toISOString(),
      })),
      actorNames: await this.actorNames([
        ...events.map((event) => event.actor),
        ...notes.map((note) => note.author),
        ...messages.map((message) => message.recordedBy),
      ]),
      actions: availableActions(
        {
          type: request.type,
          status: request.status,
          due,
          extended: request.originalDueAt !== null,
          reachedByPost: !subject.email,
          manualTaskWaiting: steps.some(
            (step) => step.status === 'waiting' && step.planned?.task === 'manual',
          ),
        },
        reviewer,
        now,
      ),
    };
  }

  /** Staff by their names, the company's other systems by their API key's name. */
  private async actorNames(actors: string[]): Promise<Record<string, string>> {
    const idsOf = (prefix: string) =>
      [...new Set(actors.filter((actor) => actor.startsWith(prefix)))].map((actor) =>
        actor.slice(prefix.length),
      );
    const staffIds = idsOf('staff:');
    const keyIds = idsOf('api:');
    const names: Record<string, string> = {};
    if (staffIds.length > 0) {
      const members = await this.txHost.tx
        .getRepository(StaffUser)
        .find({ select: { id: true, name: true }, where: { id: In(staffIds) } });
      for (const member of members) names[`staff:${member.id}`] = member.name;
    }
    if (keyIds.length > 0) {
      const keys = await this.txHost.tx
        .getRepository(ApiKey)
        .find({ select: { id: true, name: true }, where: { id: In(keyIds) } });
      for (const key of keys) names[`api:${key.id}`] = `API key “${key.name}”`;
    }
    return names;
  }
}
