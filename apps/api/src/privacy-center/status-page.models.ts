import { Injectable } from '@nestjs/common';
import { Language, RequestType, hasAppealClock, isOpen } from '@rightsdesk/domain';
import { DownloadStateQuery } from '@rightsdesk/fulfilment';
import { RequestStatusQuery, RequestStatusView, TimelineEntry } from '@rightsdesk/intake';
import { dictionaryFor } from './i18n/dictionaries';
import { isTimelineAction } from './i18n/timeline-actions';
import { PrivacyCenterSettings } from './privacy-center.settings';
import { TokenPagesQuery } from './token-pages.query';
import { dueDayInWords, instantInWords } from './views/date-words';
import { RequestSubmittedViewModel } from './views/request-submitted.page';
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
  ) {}

  async status(statusToken: string, language: Language): Promise<StatusViewModel> {
    const viewer = { kind: 'subject' as const, statusToken };
    const view = await this.statusQuery.status(viewer, undefined, language);
    const [timeline, packageReady, appealed] = await Promise.all([
      this.statusQuery.timeline(viewer),
      view.type === 'access'
        ? this.downloads.state(view.id).then((state) => state.kind === 'ready')
        : Promise.resolve(false),
      this.pages.appealed(view.id),
    ]);
    const decided =
      (view.status === 'denied' || view.status === 'completed') && view.type !== 'appeal';
    const t = dictionaryFor(language);
    return {
      statusToken,
      reference: view.reference,
      type: view.type,
      status: view.status,
      dueText: dueDayInWords(view, language, this.settings.timeZone),
      dueExplanation: view.dueExplanation,
      timeLeft: isOpen(view.status) ? view.timeLeft?.text : undefined,
      timeline: this.timelineRows(timeline, language, view.type),
      denial: view.denial ?? undefined,
      packageReady,
      canAppeal: decided && hasAppealClock(view.regime) && !appealed,
      complaint:
        decided && !hasAppealClock(view.regime) ? t.appeal.complaint[view.regime] : undefined,
      progress: view.status === 'in_progress' ? this.progress(view.steps, language) : [],
    };
  }

  /**
   * Each place's part of the request in words: a database by its name in the data map, a
   * processor or task by the recipient told. What went wrong, and staff instructions, stay out.
   */
  private progress(
    steps: RequestStatusView['steps'],
    language: Language,
  ): StatusViewModel['progress'] {
    const s = dictionaryFor(language).status;
    return steps.map((step) => ({
      where:
        step.waitingFor?.recipient ??
        this.settings.recipientOf(step.source) ??
        s.progressOurRecords(step.source === 'all' ? null : step.source),
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
      dueText: dueDayInWords(view, language, this.settings.timeZone),
      verifyToken: request.status === 'pending_verification' ? statusToken : undefined,
      statusToken,
      path: `/status/${encodeURIComponent(statusToken)}/submitted`,
    };
  }

  /** Status changes by their label, a few other steps in words; staff-only detail is left out. */
  private timelineRows(
    entries: readonly TimelineEntry[],
    language: Language,
    type: RequestType,
  ): TimelineRow[] {
    const t = dictionaryFor(language);
    // A withdrawal checks nobody's identity and needs no approval: its steps say what they were.
    const own = type === 'withdraw_consent' ? t.statusLabelsWithdrawal : {};
    const rows: TimelineRow[] = [];
    for (const entry of entries) {
      const status = entry.toStatus as keyof typeof t.statusLabels;
      const what = entry.toStatus
        ? (own[status] ?? t.statusLabels[status])
        : isTimelineAction(entry.action)
          ? t.status.timelineActions[entry.action]
          : undefined;
      if (what)
        rows.push({ when: instantInWords(entry.at, language, this.settings.timeZone), what });
    }
    return rows;
  }
}
