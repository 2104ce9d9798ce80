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

/** "21 December 2026 (10 business days from receipt …)": the stored rule, its date in words. */
export function acknowledgement(deadline: RequestReview['deadline']): string | null {
  const stored = deadline.acknowledgeExplanation;
  const day = /^[a-z ]+ (\d{4}-\d{2}-\d{2}): (.*)$/.exec(stored ?? '');
  return day ? `${dateInWords(day[1], 'en')}: ${day[2]}` : stored;
}
