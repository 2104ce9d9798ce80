import type { Say } from '@rightsdesk/messages';
import type { NoticeFacts } from '../notice-content';

/**
 * A fact written by staff or another module (a reason, a contact) as a whole sentence: capital
 * first letter, closing full stop, so templates can embed it whether or not it came with one.
 */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toLocaleUpperCase() + trimmed.slice(1);
  return /[.!?…]$/.test(capital) ? capital : `${capital}.`;
}

/** The deadline as its own lines: the promise ("We will answer by 7 January 2027."), then the rule. */
export function deadlineLines(facts: NoticeFacts): string[] {
  return facts.deadline ? [facts.deadline.sentence, facts.deadline.rule].filter(Boolean) : [];
}

/**
 * Where the person's own law does not give the right asked for and the company honours it by
 * its policy: the sentence saying so, before the deadline the policy sets.
 */
export function courtesyLines(facts: NoticeFacts, say: Say): string[] {
  if (!facts.courtesyLaw) return [];
  return [say('notice.courtesy', { law: facts.courtesyLaw, type: facts.requestType ?? 'none' })];
}
