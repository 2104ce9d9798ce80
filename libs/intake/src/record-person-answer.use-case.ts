import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import {
  DomainError,
  calendarDateIn,
  dueDateAfterAnswer,
  dueDateOn,
  formatCalendarDate,
  isOpen,
  malformedTextPath,
  parseCalendarDate,
  statusInWords,
} from '@rightsdesk/domain';
import { StaffAlerts } from '@rightsdesk/notices';
import { DataSubjectRequest, MessageChannel } from '@rightsdesk/persistence';
import { RequestMessages, RequestRepository } from '@rightsdesk/requests';
import { IntakeDocumentUpload, checkIntakeDocument } from './intake-document';
import { LifecycleSettingsInForce } from './lifecycle-settings';

/** The ways a person's answer reaches the company. */
export type AnswerChannel = Exclude<MessageChannel, 'console'>;

/** What the person wrote or said, and when the company received it. */
export interface PersonAnswer {
  channel: AnswerChannel;
  /** When it reached the company (a letter's day of arrival), never later than now. */
  receivedAt: Date;
  text: string;
  /** Files sent with it: each a PDF, JPEG or PNG by its bytes, at most 10 MB. */
  attachments?: readonly IntakeDocumentUpload[];
}

/** What the answer changed: the request's status and the due date the person now sees. */
export interface RecordedAnswer {
  messageId: string;
  status: DataSubjectRequest['status'];
  dueOn: string | null;
  /** Whether the law stopped the clock while we waited, so the due date moved. */
  dueMoved: boolean;
}

/** Long enough for a careful letter typed out; a whole file belongs in an attachment. */
export const ANSWER_MAX_CHARS = 5000;
export const ANSWER_MAX_ATTACHMENTS = 5;

/**
 * The person's answer to a question we asked, by whatever way it came (status page, email to
 * the support mailbox, a letter or call entered by staff): kept with its files sealed, shown on
 * both timelines, and, while the request waits for information, moving it back to review with
 * the due date the law gives from the day the answer was received (UK GDPR Art. 12A stops the
 * clock; the other laws keep it running). An answer to an open request that is not waiting is
 * kept as correspondence and changes nothing else. The request's officer is told of every answer.
 * Checked whole before anything is written.
 */
@Injectable()
export class RecordPersonAnswerUseCase {
  constructor(
    private readonly requests: RequestRepository,
    private readonly messages: RequestMessages,
    private readonly settings: LifecycleSettingsInForce,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly alerts: StaffAlerts,
  ) {}

  async execute(
    requestId: string,
    answer: PersonAnswer,
    actor: string,
    now = new Date(),
  ): Promise<RecordedAnswer> {
    const text = checkedText(answer.text);
    const files = checkedFiles(answer.attachments ?? []);
    return this.txHost.withTransaction(async () => {
      const request = await this.requests.findForUpdate(requestId);
      if (!request) throw new DomainError('not_found', 'No request with that id is available.');
      checkReceivedAt(answer.receivedAt, request, now);
      if (!isOpen(request.status)) {
        throw new DomainError(
          'invalid_state',
          `${request.reference} is ${statusInWords(request.status)}: an answer can no longer be added`,
        );
      }
      const messageId = await this.keep(request, { ...answer, text }, files, actor);
      // Whoever has the request (or the admins) hears of it, once per answer.
      await this.alerts.notifyAboutReply(request.id, messageId);
      if (request.status !== 'needs_info') {
        return {
          messageId,
          status: request.status,
          dueOn: request.dueRule?.dueOn ?? null,
          dueMoved: false,
        };
      }
      return { messageId, ...(await this.resume(request, answer, actor)) };
    });
  }

  private async keep(
    request: DataSubjectRequest,
    answer: PersonAnswer,
    files: ReturnType<typeof checkedFiles>,
    actor: string,
  ): Promise<string> {
    const messageId = await this.messages.add({
      requestId: request.id,
      direction: 'from_person',
      channel: answer.channel,
      body: answer.text,
      receivedAt: answer.receivedAt,
      recordedBy: actor,
    });
    const key = this.settings.current().sealKey;
    for (const file of files) await this.messages.attach(request.id, messageId, file, key);
    return messageId;
  }

  /** Back to review; the due date follows the person's law from the day the answer came. */
  private async resume(request: DataSubjectRequest, answer: PersonAnswer, actor: string) {
    const timeZone = this.settings.current().timeZone;
    const askedAt = await this.messages.lastAskedAt(request.id);
    const due = request.dueRule
      ? dueDateOn(parseCalendarDate(request.dueRule.dueOn), request.dueRule.basis, timeZone)
      : null;
    const moved =
      due && askedAt
        ? dueDateAfterAnswer(due, { askedAt, answerReceivedAt: answer.receivedAt }, timeZone)
        : due;
    const dueMoved = Boolean(due && moved && moved.dueOn !== due.dueOn);
    const changes =
      moved && dueMoved
        ? {
            dueAt: moved.dueAt,
            dueExplanation: moved.explanation,
            dueRule: { dueOn: moved.dueOn, basis: moved.basis },
          }
        : undefined;
    // The answer's words stay out of the audit trail: it is kept, and erased, with the message.
    const resumed = await this.requests.transition(request.id, 'info_received', {
      actor,
      reason: `Answer received by ${answer.channel.replace('_', ' ')} on ${formatCalendarDate(calendarDateIn(answer.receivedAt, timeZone))}`,
      changes,
      data: { channel: answer.channel, dueOn: moved?.dueOn, previousDueOn: due?.dueOn },
    });
    return { status: resumed.status, dueOn: moved?.dueOn ?? null, dueMoved };
  }
}

function checkedText(raw: string): string {
  const text = raw.trim();
  const problem =
    malformedTextPath(raw) !== null
      ? 'contains characters that cannot be kept (such as NUL)'
      : !text
        ? 'is required'
        : text.length > ANSWER_MAX_CHARS
          ? `must be at most ${ANSWER_MAX_CHARS} characters`
          : null;
  if (problem) {
    throw new DomainError('invalid_input', `The answer ${problem}.`, [
      { path: 'answer', message: problem },
    ]);
  }
  return text;
}

function checkedFiles(uploads: readonly IntakeDocumentUpload[]) {
  if (uploads.length > ANSWER_MAX_ATTACHMENTS) {
    const message = `at most ${ANSWER_MAX_ATTACHMENTS} files can be sent with one answer`;
    throw new DomainError('invalid_input', `The attachments: ${message}.`, [
      { path: 'document', message },
    ]);
  }
  return uploads.map(checkIntakeDocument);
}

function checkReceivedAt(receivedAt: Date, request: DataSubjectRequest, now: Date): void {
  const problem = Number.isNaN(receivedAt.getTime())
    ? 'is not a date'
    : receivedAt.getTime() > now.getTime()
      ? 'cannot be in the future'
      : receivedAt.getTime() < request.receivedAt.getTime()
        ? 'cannot be before the request was received'
        : null;
  if (problem) {
    throw new DomainError('invalid_input', `The date the answer was received ${problem}.`, [
      { path: 'receivedOn', message: problem },
    ]);
  }
}
