import type { DenialReason } from '@rightsdesk/domain';
import type { Say } from '@rightsdesk/messages';
import type { CompletionOutcome } from './completion-outcomes';
import type { AccessAnswer } from './access-answer/access-answer';
import type { LawFacts } from './law-facts';
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
  /**
   * The deadline for people, in the notice's language: "We will answer by 7 January 2027." and,
   * on its own line, the rule that sets it.
   */
  deadline?: { sentence: string; rule: string };
  /** True when the notice goes out as a printed letter: nobody can "reply to this message". */
  byPost?: boolean;
  /** The person's law stops the clock while we wait for information we asked for (UK GDPR Art. 12A). */
  clockPausedForInformation?: boolean;
  /** The person gave no email address: no mailing-list note is kept about them. */
  withoutEmail?: boolean;
  /** The company's postal address on one line, for letters that say how to write back. */
  companyAddress?: string;
  /** Where the person follows their request (their own secret link). */
  statusUrl?: string;
  /** Minutes a verification code stays valid. */
  codeMinutes?: number;
  /** Days a code sent by letter stays valid. */
  codeDays?: number;
  /** The privacy-center page where a code received by letter is entered (no secret in it). */
  enterCodeUrl?: string;
  /** Why something could not be done, in plain words. */
  reason?: string;
  /** The ground a request was refused on; the notice says it in the person's language. */
  denialReason?: DenialReason;
  /** The request's type, for notices shared by several types. */
  requestType?: string;
  /** What a deletion, correction or withdrawal did, dataset by dataset. */
  outcomes?: CompletionOutcome[];
  /** How an appeal was decided (appeal_decided). */
  appealOutcome?: 'granted' | 'denied';
  /**
   * The person's own law, where it does not give the right asked for and the company honours it
   * by its privacy policy ("Offer every right to everyone"): its name, for the courtesy sentence.
   */
  courtesyLaw?: string;
  /** The person's law: its name, whether it gives an appeal, whom they complain to. */
  law?: LawFacts;
  /** The last moment to appeal a refusal, in words with the person's zone, where the law gives one. */
  appealUntil?: string;
  /** Corrections that named no record of the person's, or several (information_needed). */
  unmatchedCorrections?: UnmatchedCorrection[];
  /** Until when a prepared data package can be downloaded, in words (package_ready). */
  availableUntil?: string;
  /**
   * What the law requires an access answer to state (GDPR Art. 15; Civ. Code 1798.110), for the
   * letter form of access_completed: the same facts as the package's report.html.
   */
  accessAnswer?: AccessAnswer;
}

/**
 * Secrets a notice needs only at sending time. Rendered notices hold these placeholders; the
 * send job fills them from the sealed copy and then forgets it, so stored copies never hold a
 * working code or link.
 */
export const SECRET_PLACEHOLDERS = {
  code: '{{code}}',
  verifyUrl: '{{verify_url}}',
  statusUrl: '{{status_url}}',
} as const;

/** What staff read in a stored copy where the person's secret went out: what it was, not it. */
const STAFF_COPY_WORDS: Record<keyof typeof SECRET_PLACEHOLDERS, string> = {
  code: '[the person’s one-time code]',
  verifyUrl: '[the person’s one-click confirmation link]',
  statusUrl: '[link to the person’s status page]',
};

/** A stored copy as staff read it: each placeholder named in words (safe in text and HTML). */
export function staffCopyOf(stored: string): string {
  return Object.entries(SECRET_PLACEHOLDERS).reduce(
    (copy, [name, placeholder]) =>
      copy.split(placeholder).join(STAFF_COPY_WORDS[name as keyof typeof SECRET_PLACEHOLDERS]),
    stored,
  );
}

export type NoticeTemplate = (facts: NoticeFacts) => NoticeContent;

/**
 * A notice's structure: which paragraphs it has and when. Its words come from the catalogue
 * (`say`, bound to the person's language), so one layout serves every language.
 */
export type NoticeLayout = (facts: NoticeFacts, say: Say) => NoticeContent;
