import { DataSource } from 'typeorm';
import {
  Language,
  RequestStatus,
  TimeLeft,
  explainDueDate,
  isOpen,
  timeLeft,
} from '@rightsdesk/domain';
import { DataSubjectRequest, FulfilmentStep, RequestEvent } from '@rightsdesk/persistence';
import { RequestViewer, findRequestFor } from './request-lookup';

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
  /** The rule behind the due date, in the viewer's language. */
  dueExplanation: string;
  timeLeft: TimeLeft | null;
  acknowledgeBy: string | null;
  acknowledgeExplanation: string | null;
  extended: { originalDueAt: string; reason: string | null } | null;
  verification: Record<string, unknown> | null;
  denial: { basis: string; reason: string | null } | null;
  completedAt: string | null;
  appealOf: string | null;
  duplicateOf: string | null;
  /** Why the request failed, when it did: the step, the source and the error. */
  failure: DataSubjectRequest['failure'];
  /** Progress per data source once fulfilment has started. */
  steps: Array<{
    action: string;
    source: string;
    status: string;
    attempts: number;
    finishedAt: string | null;
    error: string | null;
  }>;
}

export interface TimelineEntry {
  at: string;
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  reason: string | null;
}

/** What a request looks like to its viewer: no personal data, just its state and clocks. */
export class RequestStatusQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokenKey: Buffer,
    private readonly timeZone: string,
  ) {}

  async status(
    viewer: RequestViewer,
    id?: string,
    language?: Language,
    now = new Date(),
  ): Promise<RequestStatusView> {
    const request = await findRequestFor(this.dataSource.manager, this.tokenKey, viewer, id);
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
      dueExplanation: request.dueRule
        ? explainDueDate(request.dueRule, language ?? request.language)
        : request.dueExplanation,
      timeLeft: isOpen(request.status)
        ? timeLeft(request.dueAt, now, this.timeZone, language ?? request.language)
        : null,
      acknowledgeBy: request.ackDueAt?.toISOString() ?? null,
      acknowledgeExplanation: request.ackExplanation,
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
      steps: (
        await this.dataSource
          .getRepository(FulfilmentStep)
          .find({ where: { requestId: request.id }, order: { createdAt: 'ASC' } })
      ).map((step) => ({
        action: step.action,
        source: step.source,
        status: step.status,
        attempts: step.attempts,
        finishedAt: step.finishedAt?.toISOString() ?? null,
        error: step.error,
      })),
    };
  }

  async timeline(viewer: RequestViewer, id?: string): Promise<TimelineEntry[]> {
    const request = await findRequestFor(this.dataSource.manager, this.tokenKey, viewer, id);
    const events = await this.dataSource.getRepository(RequestEvent).find({
      where: { requestId: request.id },
      order: { seq: 'ASC' },
    });
    return events.map((event) => ({
      at: event.at.toISOString(),
      action: event.action,
      fromStatus: event.fromStatus,
      toStatus: event.toStatus,
      reason: event.reason,
    }));
  }
}
