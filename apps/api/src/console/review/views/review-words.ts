import { dateTimeFormat } from '@rightsdesk/messages';
import {
  AnswerChannel,
  Manner,
  Regime,
  RequestStatus,
  RequestType,
  TimeLeft,
} from '@rightsdesk/domain';
import { DeadlineUrgency } from '@rightsdesk/review';
import { SafeHtml, html } from '@rightsdesk/html';

export const STATUS_LABELS: Record<RequestStatus, string> = {
  received: 'Received',
  pending_verification: 'Waiting for verification',
  verified: 'Verified',
  awaiting_review: 'Awaiting review',
  needs_info: 'Needs information',
  approved: 'Approved',
  in_progress: 'In progress',
  completed: 'Completed',
  failed: 'Failed',
  denied: 'Denied',
  cancelled: 'Cancelled',
  expired: 'Expired',
};

export const TYPE_LABELS: Record<RequestType, string> = {
  access: 'Access',
  correct: 'Correction',
  delete: 'Deletion',
  withdraw_consent: 'Consent withdrawal',
  appeal: 'Appeal',
};

export const REGIME_LABELS: Record<Regime, string> = {
  gdpr: 'GDPR',
  ccpa: 'CCPA/CPRA',
  vcdpa: 'Virginia',
  cpa: 'Colorado',
  ctdpa: 'Connecticut',
  tdpsa: 'Texas',
};

export const MANNER_LABELS: Record<Manner, string> = {
  web: 'Web form',
  api: 'API',
  postal: 'Post',
  phone: 'Phone',
  email: 'Email',
  agent: 'Authorized agent',
};

export const CHANNEL_LABELS: Record<AnswerChannel, string> = {
  email: 'Email',
  postal: 'Post',
};

const URGENCY_WORDS: Partial<Record<DeadlineUrgency, string>> = {
  overdue: 'Overdue',
  due_today: 'Due today',
  due_soon: 'Due soon',
};

/**
 * Time left in words, marked when close or overdue (CCPA regs 7021; GDPR Art. 12(3): every request's time left is visible). The mark is a word, not a
 * colour alone (WCAG 1.4.1), so it reads the same to everyone.
 */
export function timeLeftCell(left: TimeLeft | null, urgency: DeadlineUrgency): SafeHtml {
  if (!left) return html`<span>closed</span>`;
  const mark = URGENCY_WORDS[urgency];
  return mark
    ? html`<strong class="badge">${mark}</strong> <strong>${left.text}</strong>`
    : html`<span>${left.text}</span>`;
}

/** A date and time in the company's zone, e.g. "2026-12-02 09:15". */
export function dateTimeIn(iso: string, timeZone: string): string {
  const parts = dateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const part = (type: string) => parts.find((entry) => entry.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

export function dateIn(iso: string, timeZone: string): string {
  return dateTimeIn(iso, timeZone).slice(0, 10);
}
