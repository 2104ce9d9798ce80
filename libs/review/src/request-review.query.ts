import { DataSource, In } from 'typeorm';
import { DomainError, TimeLeft, explainDueDate, isOpen, timeLeft } from '@rightsdesk/domain';
import {
  AccessPackage,
  ApiKey,
  Correspondence,
  DataSubjectRequest,
  FulfilmentStep,
  PostalAddress,
  RequestEvent,
  RequestNote,
  StaffUser,
  SubjectIdentity,
} from '@rightsdesk/persistence';
import { currentDueDate } from './current-due-date';
import { DeadlineUrgency, deadlineUrgency } from './deadline-urgency';
import { ReviewAction, availableActions } from './review-actions';
import { Reviewer, assertRequestId } from './reviewer';

export interface FoundInSource {
  source: string;
  /** What the step did or found: `access`, `erase`, `correct`, `withdraw_consent`. */
  action: string;
  status: string;
  rows: number | null;
  /** The first datasets with their row counts, largest first. */
  preview: Array<{ dataset: string; rows: number }>;
  error: string | null;
  attempts: number;
  stepId: string;
  /** A manual task or a recipient's callback this step waits for; the instructions for staff. */
  waiting: { kind: 'staff' | 'recipient'; instructions: string | null } | null;
}

/** Everything the request page shows an officer (issue 6 item 4). */
export interface RequestReview {
  request: {
    id: string;
    reference: string;
    type: DataSubjectRequest['type'];
    status: DataSubjectRequest['status'];
    regime: DataSubjectRequest['regime'];
    manner: DataSubjectRequest['manner'];
    answerChannel: DataSubjectRequest['answerChannel'];
    language: DataSubjectRequest['language'];
    receivedAt: string;
    details: Record<string, unknown>;
    assignee: { id: string; name: string } | null;
    appealOf: string | null;
    duplicateOf: string | null;
    denial: { basis: string; reason: string | null } | null;
    failure: DataSubjectRequest['failure'];
    completedAt: string | null;
  };
  subject: {
    email: string;
    name: string | null;
    phone: string | null;
    postalAddress: PostalAddress | null;
  };
  verification: Record<string, unknown> | null;
  deadline: {
    dueAt: string;
    dueOn: string | null;
    explanation: string;
    timeLeft: TimeLeft | null;
    urgency: DeadlineUrgency;
    acknowledgeBy: string | null;
    acknowledgeExplanation: string | null;
    extension: { originalDueAt: string; reason: string | null } | null;
  };
  found: FoundInSource[];
  timeline: Array<{
    at: string;
    actor: string;
    action: string;
    fromStatus: string | null;
    toStatus: string | null;
    reason: string | null;
  }>;
  correspondence: Array<{
    id: string;
    kind: string;
    channel: string;
    status: string;
    subject: string;
    createdAt: string;
    sentAt: string | null;
    error: string | null;
  }>;
  notes: Array<{ id: string; author: string; body: string; createdAt: string }>;
  /** Staff names for the actors above (`staff:<id>` to "Olu Officer"). */
  actorNames: Record<string, string>;
  actions: ReviewAction[];
}

const PREVIEW_DATASETS = 5;

/** Rows per table of each data source for a person, found now without changing anything. */
export type SourceLookup = (
  email: string,
) => Promise<Array<{ source: string; tables: Record<string, number> }>>;

/** The request page's read model: one request with its person, clock, findings and history. */
export class RequestReviewQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly timeZone: string,
    /** A dataset's name for people, e.g. the data map's description of the table. */
    private readonly labelOf: (source: string, table: string) => string = (_s, table) => table,
    /** Before fulfilment has searched, the page shows what the sources hold for the person now. */
    private readonly lookup?: SourceLookup,
  ) {}

  async view(id: string, reviewer: Reviewer, now = new Date()): Promise<RequestReview> {
    assertRequestId(id);
    const manager = this.dataSource.manager;
    const request = await manager.getRepository(DataSubjectRequest).findOneBy({ id });
    if (!request)
      throw new DomainError('not_found', 'No request with that id is available to you.');
    const [subject, steps, accessPackage, events, letters, notes] = await Promise.all([
      manager.getRepository(SubjectIdentity).findOneByOrFail({ id: request.subjectId }),
      manager
        .getRepository(FulfilmentStep)
        .find({ where: { requestId: id }, order: { createdAt: 'ASC' } }),
      manager.getRepository(AccessPackage).findOneBy({ requestId: id }),
      manager.getRepository(RequestEvent).find({ where: { requestId: id }, order: { seq: 'ASC' } }),
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
      manager
        .getRepository(RequestNote)
        .find({ where: { requestId: id }, order: { createdAt: 'ASC' } }),
    ]);
    const assignee = request.assigneeId
      ? await manager.getRepository(StaffUser).findOneBy({ id: request.assigneeId })
      : null;
    const open = isOpen(request.status);
    const left = open ? timeLeft(request.dueAt, now, this.timeZone) : null;
    const due = currentDueDate(request, this.timeZone);
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
        explanation: request.dueRule ? explainDueDate(request.dueRule) : request.dueExplanation,
        timeLeft: left,
        urgency: deadlineUrgency(left),
        acknowledgeBy: request.ackDueAt?.toISOString() ?? null,
        acknowledgeExplanation: request.ackExplanation,
        extension: request.originalDueAt
          ? { originalDueAt: request.originalDueAt.toISOString(), reason: request.extensionReason }
          : null,
      },
      found:
        steps.length > 0 || !open || request.type === 'appeal'
          ? steps.map((step) => this.found(step, accessPackage))
          : await this.lookUp(subject.email),
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
      actorNames: await this.actorNames([
        ...events.map((event) => event.actor),
        ...notes.map((note) => note.author),
      ]),
      actions: availableActions(
        {
          type: request.type,
          status: request.status,
          due,
          extended: request.originalDueAt !== null,
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
      const members = await this.dataSource
        .getRepository(StaffUser)
        .find({ select: { id: true, name: true }, where: { id: In(staffIds) } });
      for (const member of members) names[`staff:${member.id}`] = member.name;
    }
    if (keyIds.length > 0) {
      const keys = await this.dataSource
        .getRepository(ApiKey)
        .find({ select: { id: true, name: true }, where: { id: In(keyIds) } });
      for (const key of keys) names[`api:${key.id}`] = `API key “${key.name}”`;
    }
    return names;
  }

  /** A live count per source; a source that does not answer says so instead of failing the page. */
  private async lookUp(email: string): Promise<FoundInSource[]> {
    if (!this.lookup) return [];
    try {
      const found = await this.lookup(email);
      return found.map(({ source, tables }) => {
        const datasets = Object.entries(tables).map(([table, rows]) => ({
          dataset: this.labelOf(source, table),
          rows,
        }));
        return {
          stepId: '',
          source,
          action: 'lookup',
          status: 'found now',
          attempts: 0,
          error: null,
          rows: datasets.reduce((sum, entry) => sum + entry.rows, 0),
          preview: datasets
            .filter((entry) => entry.rows > 0)
            .sort((a, b) => b.rows - a.rows)
            .slice(0, PREVIEW_DATASETS),
          waiting: null,
        };
      });
    } catch {
      return [
        {
          stepId: '',
          source: 'all sources',
          action: 'lookup',
          status: 'not searched',
          attempts: 0,
          error: 'A data source did not answer; try again later.',
          rows: null,
          preview: [],
          waiting: null,
        },
      ];
    }
  }

  /** Counts per dataset from what the step kept: the package manifest, or the planned rows. */
  private found(step: FulfilmentStep, accessPackage: AccessPackage | null): FoundInSource {
    let datasets: Array<{ dataset: string; rows: number }> = [];
    if (step.action === 'access' && accessPackage) {
      datasets = accessPackage.manifest
        .filter((entry) => entry.system === step.source)
        .map((entry) => ({ dataset: entry.label, rows: entry.rows }));
    } else {
      const planned = (step.result?.planned ?? step.planned?.counts) as
        Record<string, number> | undefined;
      datasets = Object.entries(planned ?? {}).map(([table, rows]) => ({
        dataset: this.labelOf(step.source, table),
        rows,
      }));
    }
    const known = datasets.length > 0;
    const planned = (step.planned ?? {}) as { task?: string; instructions?: string };
    return {
      stepId: step.id,
      source: step.source,
      action: step.action,
      status: step.status,
      attempts: step.attempts,
      error: step.error,
      rows: known ? datasets.reduce((sum, entry) => sum + entry.rows, 0) : null,
      preview: datasets
        .filter((entry) => entry.rows > 0)
        .sort((a, b) => b.rows - a.rows)
        .slice(0, PREVIEW_DATASETS),
      waiting:
        step.status === 'waiting'
          ? {
              kind: planned.task === 'manual' ? 'staff' : 'recipient',
              instructions: planned.instructions ?? null,
            }
          : null,
    };
  }
}
