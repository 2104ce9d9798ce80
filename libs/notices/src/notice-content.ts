import type { Say } from '@rightsdesk/messages';
import type { CompletionOutcome } from './completion-outcomes';
import type { UnmatchedCorrection } from './correction-words';

/** What a notice says, before it is laid out as an email (HTML and text) or a letter. */
export interface NoticeContent {
  subject: string;
  greeting: string;
  paragraphs: string[];
  /** An optional table, e.g. what was found per dataset. */
  table?: { headings: [string, string]; rows: Array<[string, string]> };
  closing: string;
}

/** Facts a notice may use. Identity details beyond the reference are deliberately absent. */
export interface NoticeFacts {
  reference: string;
  receivedOn: string;
  companyName: string;
  contactEmail: string;
  datasets?: Array<{ label: string; rows: number }>;
  /** The request's statutory due date in words, e.g. "due 2027-01-09: 45 days from receipt …". */
  dueExplanation?: string;
  /** Where the person follows their request (their own secret link). */
  statusUrl?: string;
  /** Minutes a verification code stays valid. */
  codeMinutes?: number;
  /** Why something could not be done, in plain words. */
  reason?: string;
  /** The request's type, for notices shared by several types. */
  requestType?: string;
  /** What a deletion, correction or withdrawal did, dataset by dataset. */
  outcomes?: CompletionOutcome[];
  /** How an appeal was decided (appeal_decided). */
  appealOutcome?: 'granted' | 'denied';
  /**
   * Who the person can complain to after a denied appeal, in words with how to reach them, e.g.
   * "the Virginia Attorney General, www.oag.state.va.us"; a general pointer when absent.
   */
  authorityContact?: string;
  /** Corrections that named no record of the person's, or several (information_needed). */
  unmatchedCorrections?: UnmatchedCorrection[];
  /** Until when a prepared data package can be downloaded, in words (package_ready). */
  availableUntil?: string;
}

/**
 * Secrets a notice needs only at sending time. Rendered notices hold these placeholders; the
 * send job fills them from the sealed copy and then forgets it, so stored copies never hold a
 * working code or link.
 */
export const SECRET_PLACEHOLDERS = { code: '{{code}}', verifyUrl: '{{verify_url}}' } as const;

export type NoticeTemplate = (facts: NoticeFacts) => NoticeContent;

/**
 * A notice's structure: which paragraphs it has and when. Its words come from the catalogue
 * (`say`, bound to the person's language), so one layout serves every language.
 */
export type NoticeLayout = (facts: NoticeFacts, say: Say) => NoticeContent;
