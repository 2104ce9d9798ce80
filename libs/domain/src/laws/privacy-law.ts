import type { ClockRule } from '../clock-rule';
import type { Regime, SubmittableType } from '../request-kinds';

/** Words for people, in each language the privacy center speaks. */
export interface Words {
  readonly en: string;
  readonly es: string;
}

/** Where a law protects people: countries, or one US state (ISO 3166-2 code without "US-"). */
export type Jurisdiction =
  | { readonly kind: 'countries'; readonly countries: readonly string[]; readonly name: Words }
  | { readonly kind: 'us_state'; readonly state: string; readonly name: Words }
  | { readonly kind: 'none'; readonly name: Words };

/** Rights a law grants beyond the four request types this product takes, for the docs and pages. */
export const OTHER_RIGHTS = [
  'portability',
  'opt_out_sale',
  'opt_out_targeted_advertising',
  'opt_out_profiling',
  'limit_sensitive_use',
  'restrict',
  'object',
  'list_of_third_parties',
] as const;
export type OtherRight = (typeof OTHER_RIGHTS)[number];

/** Someone a person may complain to, with how to reach them. */
export interface Authority {
  readonly name: Words;
  /** Home page, without the scheme: "cppa.ca.gov". */
  readonly website: string;
  /** Where a person files a complaint, as a full URL. */
  readonly complaintUrl?: string;
}

/**
 * How long a person has to appeal a decision, from receiving it. The US state laws that give an
 * appeal say "within a reasonable period of time after the consumer's receipt of the decision"
 * and set no number: `days` is this product's reading of that period (see
 * REASONABLE_APPEAL_READING), which an admin may replace with the company's own number.
 */
export type AppealWindow =
  | { readonly kind: 'days'; readonly days: number; readonly citation: string }
  | { readonly kind: 'reasonable'; readonly days: number; readonly citation: string };

/** The days the appeal form stays open where the law says only "a reasonable period". */
export const REASONABLE_APPEAL_DAYS = 60;

/** Why REASONABLE_APPEAL_DAYS, for the docs and for anyone who asks. */
export const REASONABLE_APPEAL_READING = [
  `Where a law says only that a person may appeal "within a reasonable period of time after the`,
  `consumer's receipt of the decision", Rightsdesk keeps the appeal form open for`,
  `${REASONABLE_APPEAL_DAYS} days from the day the person got the decision, to the end of that day`,
  `in the person's time zone. Sixty days is at least the first period any of these laws gives the`,
  `company to decide an appeal (45 or 60 days), so a person never has less time to appeal than the`,
  `company has to answer the appeal; it is the figure Minnesota gives "a reasonable time" to appeal`,
  `a data-practices decision when the person was told of the right in writing (Minn. R. 1205.1600,`,
  `subp. 2), as every refusal notice here tells them; and this table found no state authority that`,
  `set another figure. An admin may set the company's own number (30 to 365 days) in the Laws`,
  `section of the policy settings; a law that sets its own period keeps it.`,
].join(' ');

/** A document a figure was checked against. */
export interface Source {
  readonly title: string;
  readonly url: string;
}

/** The figures of a state law whose origin the docs account for one by one. */
export const LAW_FIGURES = ['in_force', 'answer', 'appeal', 'complaints'] as const;
export type LawFigure = (typeof LAW_FIGURES)[number];

/**
 * Where one figure of a law comes from: the statute's own sentence and the page it was read on,
 * or, where no such text could be found, what the figure rests on instead, said plainly.
 */
export type FigureSource =
  | {
      readonly figure: LawFigure;
      /** The section, or for a complaint page the office, that sets the figure. */
      readonly section: string;
      /** The sentence word for word, as read on `source`. */
      readonly words: string;
      readonly source: Source;
    }
  | {
      readonly figure: LawFigure;
      readonly section: string;
      /** No text holding the figure was found: what it rests on, e.g. "a secondary summary". */
      readonly restsOn: string;
      readonly source?: Source;
    };

/**
 * One privacy law as data: whom it protects from which day, what it lets a person ask, how long
 * the company has to answer and to decide an appeal, and whom a person complains to.
 */
export interface PrivacyLaw {
  readonly id: Regime;
  /**
   * The family of rules the law belongs to: the GDPR's (EU and UK: proportionate verification,
   * no appeal, a supervisory authority), a US state's, or the company's own policy.
   */
  readonly family: 'gdpr' | 'us_state' | 'company';
  /** Short name, e.g. "CCPA/CPRA", "RGPD" (Spanish for GDPR), "Maryland MODPA". */
  readonly label: Words;
  /** Full name, e.g. "Maryland Online Data Privacy Act". */
  readonly name: Words;
  readonly jurisdiction: Jurisdiction;
  /** The first day (YYYY-MM-DD) a request received can fall under it; absent for company policy. */
  readonly inForceFrom?: string;
  /** The request types of this product the law gives a right to. */
  readonly rights: readonly SubmittableType[];
  /**
   * A right of `rights` that came into force after the law itself: the first day (YYYY-MM-DD) a
   * request received can claim it (Utah's right to correct, HB 418, from 2026-07-01).
   */
  readonly rightsFrom?: Readonly<Partial<Record<SubmittableType, string>>>;
  /** Statutory rights this product does not take as a request type of its own. */
  readonly otherRights: readonly OtherRight[];
  /** Limits of a right, in words (e.g. Utah and Iowa: deletion of data the person provided). */
  readonly rightsNotes?: Words;
  readonly respond: ClockRule;
  /** A deadline to confirm receipt, where the law sets one. */
  readonly acknowledge?: ClockRule;
  /** The appeal clock from receipt of the appeal; absent where the law gives no appeal. */
  readonly appeal?: ClockRule;
  /** How long the person has to appeal; present exactly where `appeal` is. */
  readonly appealWindow?: AppealWindow;
  /** Whom a person complains to, in the order to name them. */
  readonly authorities: readonly Authority[];
  /** The act, e.g. "Md. Code Com. Law 14-4601 to 14-4613". */
  readonly citation: string;
  /** To whom the law applies, in words. */
  readonly threshold: string;
  readonly sources: readonly Source[];
  /** What could not be checked against a source, said plainly for the docs table. */
  readonly unverified?: string;
}
