import { Injectable } from '@nestjs/common';
import { Language, RequestType, isDenialReason, isOpen } from '@rightsdesk/domain';
import { DownloadStateQuery } from '@rightsdesk/fulfilment';
import { PolicyInForce } from '@rightsdesk/live-config';
import {
  AppealRequestUseCase,
  RequestStatusQuery,
  RequestStatusView,
  TimelineEntry,
} from '@rightsdesk/intake';
import { dictionaryFor } from './i18n/dictionaries';
import { isTimelineAction } from './i18n/timeline-actions';
import { courtesySentence, lawWordsFor } from './law-words';
import { PrivacyCenterSettings } from './privacy-center.settings';
import { TokenPagesQuery } from './token-pages.query';
import { dateInWords, timeWithZone } from '@rightsdesk/messages';
import { RequestMessageView } from '@rightsdesk/requests';
import { dueDayInWords } from './views/date-words';
import { RequestSubmittedViewModel } from './views/request-submitted.page';
import { ReplyFormModel } from './views/reply-form.partial';
import { StatusViewModel } from './views/status.page';
import { TimelineRow } from './views/timeline.partial';

/** Builds the status and request-sent pages' view models from the status query and the token. */
@Injectable()
export class StatusPageModels {
  constructor(
    private readonly statusQuery: RequestStatusQuery,
    private readonly pages: TokenPagesQuery,
    private readonly settings: PrivacyCenterSettings,
    private readonly downloads: DownloadStateQuery,
    private readonly policy: PolicyInForce,
    private readonly appeal: AppealRequestUseCase,
  ) {}

  /** `reply` is the answer form's token and, after a refused post, its errors and values. */
  async status(
    statusToken: string,
    language: Language,
    reply?: Omit<ReplyFormModel, 'question'>,
  ): Promise<StatusViewModel> {
    const viewer = { kind: 'subject' as const, statusToken };
    const view = await this.statusQuery.status(viewer, undefined, language);
    const [request, timeline, messages, packageReady, appealed] = await Promise.all([
      this.pages.request(statusToken),
      this.statusQuery.timeline(viewer),
      this.pages.messages(view.id),
      view.type === 'access'
        ? this.downloads.state(view.id).then((state) => state.kind === 'ready')
        : Promise.resolve(false),
      this.pages.appealed(view.id),
    ]);
    const decided =
      (view.status === 'denied' || view.status === 'completed') && view.type !== 'appeal';
    const t = dictionaryFor(language);
    const law = lawWordsFor(request, language, t, {
      ...this.policy.current().laws,
      timeZone: this.settings.timeZone,
    });
    // The time to appeal runs from the decision, to the end of a day on the person's own clock.
    const time = decided ? this.appeal.timeToAppeal(request) : undefined;
    const until = time?.until && timeWithZone(time.until, language, time.zone);
    // An appeal only where the person's law gives one; otherwise, once decided, the complaint.
    const canAppeal = decided && law.appeal !== undefined && !appealed && time?.open === true;
    return {
      statusToken,
      reference: view.reference,
      type: view.type,
      status: view.status,
      dueText: dueDayInWords(view, language, view.timeZone),
      // The rule that sets the date, on its own line under it (the date itself is dueText).
      dueExplanation: view.deadline?.rule || view.dueExplanation,
      timeLeft: isOpen(view.status) ? view.timeLeft?.text : undefined,
      timeline: this.timelineRows(timeline, messages, language, view.timeZone, view.type),
      denial: view.denial
        ? {
            reason: isDenialReason(view.denial.basis) ? t.denialReasons[view.denial.basis] : null,
            note: view.denial.reason,
          }
        : undefined,
      packageReady,
      law,
      canAppeal,
      appealUntil: canAppeal ? until : undefined,
      appealEnded: !appealed && time?.open === false ? until : undefined,
      complaint: decided && !law.appeal ? law.authorities : undefined,
      progress: view.status === 'in_progress' ? this.progress(view.steps, language) : [],
      answerMailDelayed: decided && view.emailDelayed,
      reply:
        view.status === 'needs_info' && reply
          ? { ...reply, question: lastQuestion(messages) }
          : undefined,
    };
  }

  /**
   * Each place's part of the request in words: a database, processor or task by its label in
   * the data map (in the person's language), else the recipient told. What went wrong, staff
   * notes and instructions stay out.
   */
  private progress(
    steps: RequestStatusView['steps'],
    language: Language,
  ): StatusViewModel['progress'] {
    const s = dictionaryFor(language).status;
    return steps.map((step) => ({
      where:
        step.waitingFor?.recipient ??
        (step.source === 'all' ? undefined : this.settings.placeOf(step.source, language)) ??
        s.progressOurRecords(null),
      state:
        step.status === 'done'
          ? 'done'
          : step.status === 'failed'
            ? 'delayed'
            : step.status === 'waiting'
              ? step.waitingFor?.kind === 'staff'
                ? 'waiting_staff'
                : 'waiting_recipient'
              : 'working',
    }));
  }

  async submitted(statusToken: string, language: Language): Promise<RequestSubmittedViewModel> {
    const request = await this.pages.request(statusToken);
    const view = await this.statusQuery.status(
      { kind: 'subject', statusToken },
      undefined,
      language,
    );
    return {
      reference: request.reference,
      type: request.type,
      email: await this.pages.emailOf(request),
      dueText: dueDayInWords(view, language, view.timeZone),
      courtesy: courtesySentence(request, dictionaryFor(language), {
        ...this.policy.current().laws,
        timeZone: this.settings.timeZone,
      }),
      verifyToken: request.status === 'pending_verification' ? statusToken : undefined,
      statusToken,
      path: `/status/${encodeURIComponent(statusToken)}/submitted`,
    };
  }

  /** Status changes by their label, a few other steps in words; staff-only detail is left out. */
  private timelineRows(
    entries: readonly TimelineEntry[],
    messages: readonly RequestMessageView[],
    language: Language,
    timeZone: string,
    type: RequestType,
  ): TimelineRow[] {
    const t = dictionaryFor(language);
    // A withdrawal checks nobody's identity and needs no approval: its steps say what they were.
    const own = type === 'withdraw_consent' ? t.statusLabelsWithdrawal : {};
    const rows: Array<{ at: Date; what: string }> = [];
    for (const entry of entries) {
      const status = entry.toStatus as keyof typeof t.statusLabels;
      const what = entry.toStatus
        ? (own[status] ?? t.statusLabels[status])
        : isTimelineAction(entry.action)
          ? t.status.timelineActions[entry.action]
          : undefined;
      if (what) rows.push({ at: new Date(entry.at), what });
    }
    // Our questions and the person's answers, dated by when the company sent or received them.
    for (const message of messages) {
      const words = message.direction === 'to_person' ? t.reply.weAsked : t.reply.youWrote;
      const date = dateInWords(message.receivedAt, language, timeZone);
      rows.push({ at: message.receivedAt, what: words({ date, text: message.body }) });
    }
    // The person's own clock where their browser told us, else the company's: named either way.
    return rows
      .sort((a, b) => a.at.getTime() - b.at.getTime())
      .map(({ at, what }) => ({ when: timeWithZone(at, language, timeZone), what }));
  }
}

/** The officer's newest question, shown above the answer form. */
function lastQuestion(messages: readonly RequestMessageView[]): string | null {
  return messages.filter((message) => message.direction === 'to_person').at(-1)?.body ?? null;
}
