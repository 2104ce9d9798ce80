import { Inject, Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { APP_CONFIG, AppConfig } from '@rightsdesk/config';
import { PeopleFreeText, textIn } from '@rightsdesk/data-map';
import {
  Language,
  RequestStatus,
  TimeLeft,
  DeadlineDescription,
  describeDeadline,
  isOpen,
  personTimeZone,
  timeLeft,
} from '@rightsdesk/domain';
import {
  Correspondence,
  DataSubjectRequest,
  FulfilmentStep,
  Letter,
} from '@rightsdesk/persistence';
import { RequestTimelineQuery, TimelineEntry } from '@rightsdesk/requests';
import { RequestLookup, RequestViewer } from './request-lookup';

export type { TimelineEntry } from '@rightsdesk/requests';

export interface RequestStatusView {
  id: string;
  reference: string;
  type: DataSubjectRequest['type'];
  status: RequestStatus;
  regime: DataSubjectRequest['regime'];
  manner: DataSubjectRequest['manner'];
  answerChannel: DataSubjectRequest['answerChannel'];
  language: Language;
  receivedAt: string;
  dueAt: string;
  dueOn: string | null;
  /** The rule behind the due date, in the viewer's language (as `deadline.rule`). */
  dueExplanation: string;
  /**
   * The deadline as data (day, kind, period, day it runs from, citation) with the words people
   * read: "We will answer by 7 January 2027." and the rule on its own, in the viewer's language.
   */
  deadline: DeadlineDescription | null;
  /** The zone the person's times are shown in: theirs when their browser told us, else the company's. */
  timeZone: string;
  timeLeft: TimeLeft | null;
  acknowledgeBy: string | null;
  /** The rule behind the acknowledgement date, in the viewer's language. */
  acknowledgeExplanation: string | null;
  /** CCPA regs 7021(a): the date receipt is confirmed by, as data and in words. */
  acknowledge: DeadlineDescription | null;
  extended: { originalDueAt: string; reason: string | null } | null;
  verification: Record<string, unknown> | null;
  denial: { basis: string; reason: string | null } | null;
  completedAt: string | null;
  appealOf: string | null;
  duplicateOf: string | null;
  /** Why the request failed, when it did: the step, the source and the error. */
  failure: DataSubjectRequest['failure'];
  /** A letter about this request came back undelivered: staff should find a better address. */
  returnedMail: { letterId: string; returnedAt: string; reason: string | null } | null;
  /** An email about this request bounced (the server refused the address): the newest one. */
  bouncedEmail: { correspondenceId: string; kind: string; reason: string | null } | null;
  /** An email about this request has not gone out yet: waiting, tried again later, or with staff. */
  emailDelayed: boolean;
  /** Progress per data source once fulfilment has started. */
  steps: Array<{
    /** The step's id: staff complete a waiting manual task by it. */
    id: string;
    action: string;
    source: string;
    status: string;
    attempts: number;
    finishedAt: string | null;
    error: string | null;
    /** For a `waiting` step: whose answer it waits for and, for staff, what to do. */
    waitingFor: WaitingFor | null;
  }>;
}

export interface WaitingFor {
  /** `recipient`: a processor said it will call back; `staff`: a task to do by hand. */
  kind: 'recipient' | 'staff';
  /** The recipient told, by the data map's name for it in the reader's language. */
  recipient: string | null;
  /** What staff must do (the data map's instructions); shown to API keys only. */
  instructions: string | null;
}

/** What a request looks like to its viewer: no personal data, just its state and clocks. */
@Injectable()
export class RequestStatusQuery {
  constructor(
    private readonly lookup: RequestLookup,
    private readonly timelines: RequestTimelineQuery,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async status(
    viewer: RequestViewer,
    id?: string,
    language?: Language,
    now = new Date(),
  ): Promise<RequestStatusView> {
    const request = await this.lookup.find(viewer, id);
    const words = language ?? request.language;
    const deadline = request.dueRule ? describeDeadline(request.dueRule, words) : null;
    const acknowledge = request.ackRule ? describeDeadline(request.ackRule, words) : null;
    return {
      id: request.id,
      reference: request.reference,
      type: request.type,
      status: request.status,
      regime: request.regime,
      manner: request.manner,
      answerChannel: request.answerChannel,
      language: request.language,
      receivedAt: request.receivedAt.toISOString(),
      dueAt: request.dueAt.toISOString(),
      dueOn: request.dueRule?.dueOn ?? null,
      dueExplanation: deadline?.rule ?? request.dueExplanation,
      deadline,
      timeZone: personTimeZone(request, this.config.COMPANY_TIME_ZONE),
      timeLeft: isOpen(request.status)
        ? timeLeft(request.dueAt, now, this.config.COMPANY_TIME_ZONE, words)
        : null,
      acknowledgeBy: request.ackDueAt?.toISOString() ?? null,
      acknowledgeExplanation: acknowledge?.rule ?? request.ackExplanation,
      acknowledge,
      extended: request.originalDueAt
        ? { originalDueAt: request.originalDueAt.toISOString(), reason: request.extensionReason }
        : null,
      verification: request.verification,
      denial: request.denialBasis
        ? { basis: request.denialBasis, reason: request.denialReason }
        : null,
      completedAt: request.completedAt?.toISOString() ?? null,
      appealOf: request.parentRequestId,
      duplicateOf: request.duplicateOfId,
      failure: request.failure,
      returnedMail: await this.returnedMail(request.id),
      bouncedEmail: await this.bouncedEmail(request.id),
      emailDelayed: await this.emailDelayed(request.id),
      steps: (
        await this.txHost.tx
          .getRepository(FulfilmentStep)
          .find({ where: { requestId: request.id }, order: { createdAt: 'ASC' } })
      ).map((step) => ({
        id: step.id,
        action: step.action,
        source: step.source,
        status: step.status,
        attempts: step.attempts,
        finishedAt: step.finishedAt?.toISOString() ?? null,
        error: step.error,
        waitingFor: step.status === 'waiting' ? waitingFor(step, viewer, words) : null,
      })),
    };
  }

  async timeline(viewer: RequestViewer, id?: string): Promise<TimelineEntry[]> {
    const request = await this.lookup.find(viewer, id);
    return this.timelines.of(request.id);
  }

  private async bouncedEmail(requestId: string): Promise<RequestStatusView['bouncedEmail']> {
    const message = await this.txHost.tx.getRepository(Correspondence).findOne({
      select: { id: true, kind: true, error: true },
      where: { requestId, status: 'bounced' },
      order: { createdAt: 'DESC' },
    });
    return message
      ? { correspondenceId: message.id, kind: message.kind, reason: message.error }
      : null;
  }

  /**
   * An email about the request is late: a try failed (it waits for the retry sweep), it is with
   * staff to check, or it has waited past a couple of minutes. One written a moment ago and being
   * sent now is not late: the person would read "delayed" just before it arrives.
   */
  private async emailDelayed(requestId: string): Promise<boolean> {
    const [row] = (await this.txHost.tx.query(
      `SELECT EXISTS (
         SELECT 1 FROM correspondence
         WHERE request_id = $1 AND channel = 'email'
           AND (status IN ('unconfirmed', 'failed')
                OR (status IN ('pending', 'sending')
                    AND (next_try_at IS NOT NULL OR created_at < now() - interval '2 minutes')))
       ) AS delayed`,
      [requestId],
    )) as Array<{ delayed: boolean }>;
    return row.delayed;
  }

  private async returnedMail(requestId: string): Promise<RequestStatusView['returnedMail']> {
    const letter = await this.txHost.tx.getRepository(Letter).findOne({
      select: { id: true, returnedAt: true, returnReason: true },
      where: { requestId, status: 'returned' },
      order: { returnedAt: 'DESC' },
    });
    return letter?.returnedAt
      ? {
          letterId: letter.id,
          returnedAt: letter.returnedAt.toISOString(),
          reason: letter.returnReason,
        }
      : null;
  }
}

/**
 * What a waiting step waits for, from what the worker kept on it (`planned`): the recipient by the
 * names the data map gave it when the step was planned, in `language` (English for a step planned
 * before the map named recipients per language).
 */
function waitingFor(step: FulfilmentStep, viewer: RequestViewer, language: Language): WaitingFor {
  const planned = (step.planned ?? {}) as {
    task?: string;
    recipient?: { name?: string; names?: PeopleFreeText } | null;
    instructions?: string;
  };
  const recipient = planned.recipient;
  return {
    kind: planned.task === 'manual' ? 'staff' : 'recipient',
    recipient: (recipient?.names ? textIn(recipient.names, language) : recipient?.name) ?? null,
    // Internal working instructions are for staff, not for the person's own view.
    instructions: viewer.kind === 'system' ? (planned.instructions ?? null) : null,
  };
}
