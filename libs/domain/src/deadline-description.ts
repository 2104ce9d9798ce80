import type { Period } from './deadline-rules';
import type { DeadlineKind, DueDateBasis } from './due-date-basis';
import { DeadlineSentence, deadlineSentence } from './deadline-sentence';
import { citationIn } from './laws/citation-words';
import { Language, Regime } from './request-kinds';

/**
 * A deadline for another system to read and to show: its parts as data (the day, what is due,
 * the period the law gives, the day it runs from, the citation) and the same sentence and rule a
 * person reads on the status page and in emails, in the language asked for.
 */
export interface DeadlineDescription extends DeadlineSentence {
  /** The company-calendar day it falls on (YYYY-MM-DD). */
  readonly dueOn: string;
  readonly kind: DeadlineKind;
  readonly regime: Regime;
  readonly period: Period;
  /** The day the clock runs from: receipt of the request (of the appeal, for an appeal). */
  readonly receivedOn: string;
  /** The law's words for it in `language` ("RGPD Art. 12(3)" in Spanish). */
  readonly citation: string;
  /** The one extension the law allows: the first due day and the day the person was told. */
  readonly extension: { readonly originalDueOn: string; readonly noticeOn: string } | null;
  readonly language: Language;
}

export function describeDeadline(
  due: { readonly dueOn: string; readonly basis: DueDateBasis },
  language: Language = 'en',
): DeadlineDescription {
  const { basis } = due;
  return {
    dueOn: due.dueOn,
    kind: basis.kind,
    regime: basis.regime,
    period: basis.period,
    receivedOn: basis.receivedOn,
    citation: citationIn(basis.citation, basis.regime, language),
    extension: basis.extension
      ? { originalDueOn: basis.extension.originalDueOn, noticeOn: basis.extension.noticeOn }
      : null,
    language,
    ...deadlineSentence(due, language),
  };
}
