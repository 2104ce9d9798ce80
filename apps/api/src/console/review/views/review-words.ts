import { dateInWords, timeWithZone } from '@rightsdesk/messages';
import {
  ANSWER_CHANNELS,
  AnswerChannel,
  MANNERS,
  Manner,
  REGIMES,
  privacyLaw,
  REQUEST_STATUSES,
  REQUEST_TYPES,
  Regime,
  RequestStatus,
  RequestType,
  TimeLeft,
  DeadlineKind,
} from '@rightsdesk/domain';
import { DeadlineUrgency, RequestReview } from '@rightsdesk/review';
import { SafeHtml, html } from '@rightsdesk/html';
import { isConsoleKey, say, wordsFor } from '../../i18n/console-words';

export const STATUS_LABELS: Record<RequestStatus, string> = wordsFor('status.', REQUEST_STATUSES);
export const TYPE_LABELS: Record<RequestType, string> = wordsFor('type.', REQUEST_TYPES);
/** Each law by its short name in the law table ("UK GDPR", "Maryland MODPA"): no key per law. */
export const REGIME_LABELS: Record<Regime, string> = Object.fromEntries(
  REGIMES.map((regime) => [regime, privacyLaw(regime).label.en]),
) as Record<Regime, string>;
export const MANNER_LABELS: Record<Manner, string> = wordsFor('manner.', MANNERS);
export const CHANNEL_LABELS: Record<AnswerChannel, string> = wordsFor('channel.', ANSWER_CHANNELS);
/** A fulfilment step's and a sent message's state in words (never `pending` or `bounced` raw). */
export const STEP_STATE_LABELS: Readonly<Record<string, string>> = wordsFor(
  'request.found.state.',
  ['pending', 'waiting', 'done', 'failed'] as const,
);
export const CORRESPONDENCE_STATE_LABELS: Readonly<Record<string, string>> = wordsFor(
  'request.correspondence.state.',
  ['pending', 'sending', 'unconfirmed', 'sent', 'captured', 'failed', 'bounced'] as const,
);

const URGENCY_WORDS: Partial<Record<DeadlineUrgency, string>> = wordsFor('urgency.', [
  'overdue',
  'due_today',
  'due_soon',
] as const);

/**
 * Time left in words, marked when close or overdue (CCPA regs 7021; GDPR Art. 12(3): every request's time left is visible). The mark is a word, not a
 * colour alone (WCAG 1.4.1), so it reads the same to everyone.
 */
export function timeLeftCell(left: TimeLeft | null, urgency: DeadlineUrgency): SafeHtml {
  if (!left) return html`<span>${say('timeLeft.closed')}</span>`;
  const mark = URGENCY_WORDS[urgency];
  return mark
    ? html`<strong class="badge">${mark}</strong> <strong>${left.text}</strong>`
    : html`<span>${left.text}</span>`;
}

/**
 * A date and time in the company's zone, named, as on every staff page:
 * "2 December 2026, 09:15 Pacific Standard Time (America/Los_Angeles)".
 */
export function dateTimeIn(iso: string, timeZone: string): string {
  return timeWithZone(iso, 'en', timeZone);
}

/** The calendar day of an instant in the company's zone, in words: "2 December 2026". */
export function dateIn(iso: string, timeZone: string): string {
  return dateInWords(iso, 'en', timeZone);
}

/** A verification code (tier, outcome, data point, result) in the officer's words, never raw. */
export function codeInWords(list: string, code: string | undefined): string | undefined {
  if (code === undefined) return undefined;
  const key = `request.verification.${list}.${code}`;
  return isConsoleKey(key) ? say(key) : code.replace(/_/g, ' ');
}

/**
 * A deadline as an officer reads it: what is due by which day as a sentence, then the rule that
 * sets it on its own line ("The law gives us 60 days from the day we received your appeal …").
 */
export function deadlineInWords(
  kind: DeadlineKind | null,
  dueOn: string | null,
  dueAt: string,
  rule: string | null,
  timeZone: string,
): SafeHtml {
  const date = dueOn ? dateInWords(dueOn, 'en') : dateIn(dueAt, timeZone);
  const sentence = say(`request.deadline.promise.${kind ?? 'respond'}`, { date });
  return rule ? html`${sentence}<br /><span class="hint">${rule}</span>` : html`${sentence}`;
}

/** CCPA regs 7021(a): "Confirm receipt by 9 December 2026." and its rule, from the stored basis. */
export function acknowledgement(deadline: RequestReview['deadline'], timeZone: string) {
  if (!deadline.acknowledgeBy) return null;
  return deadlineInWords(
    'acknowledge',
    deadline.acknowledgeOn,
    deadline.acknowledgeBy,
    deadline.acknowledgeRule,
    timeZone,
  );
}
