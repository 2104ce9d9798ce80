import type { DueDateBasis } from './due-date-basis';
import type { Period } from './deadline-rules';
import { Language } from './request-kinds';
import { citationIn } from './laws/citation-words';

/**
 * A deadline in words, in English or Spanish (the privacy center's languages). Deadlines carry
 * their structured basis, so any other language renders from it the same way; a citation names
 * the law as the language does (citationIn). English is what is stored as `DueDate.explanation`.
 *   en: "due 2027-01-09: 45 days from receipt on 2026-11-25 (CCPA regs 7021(b))"
 *   es: "vence el 2027-01-09: 45 días desde la recepción el 2026-11-25 (CCPA regs 7021(b))"
 */
export function explainDueDate(
  due: { readonly dueOn: string; readonly basis: DueDateBasis },
  language: Language = 'en',
): string {
  const words = WORDS[language];
  const { basis } = due;
  const citation = citationIn(basis.citation, basis.regime, language);
  const paused = basis.paused
    ? `, ${words.paused(basis.paused.days)} (${citationIn(basis.paused.citation, basis.regime, language)})`
    : '';
  if (basis.extension) {
    return `${words.extendedTo(due.dueOn)}: ${words.more(basis.period)}, ${words.noticeGiven(basis.extension.noticeOn)} (${citation})${paused}`;
  }
  const head = basis.kind === 'acknowledge' ? words.acknowledgeBy : words.dueOn;
  const from = basis.kind === 'appeal' ? words.fromAppeal : words.fromReceipt;
  return `${head(due.dueOn)}: ${words.period(basis.period)} ${from(basis.receivedOn)} (${citation})${paused}`;
}

interface Words {
  dueOn(date: string): string;
  acknowledgeBy(date: string): string;
  extendedTo(date: string): string;
  fromReceipt(date: string): string;
  fromAppeal(date: string): string;
  noticeGiven(date: string): string;
  paused(days: number): string;
  period(period: Period): string;
  more(period: Period): string;
}

const WORDS: Record<Language, Words> = {
  en: {
    dueOn: (date) => `due ${date}`,
    acknowledgeBy: (date) => `acknowledge by ${date}`,
    extendedTo: (date) => `extended to ${date}`,
    fromReceipt: (date) => `from receipt on ${date}`,
    fromAppeal: (date) => `from receipt of the appeal on ${date}`,
    noticeGiven: (date) => `notice given ${date}`,
    paused: (days) => `plus ${days} day${days === 1 ? '' : 's'} waiting for information asked for`,
    period: ({ amount, unit }) => {
      if (unit === 'months')
        return amount === 1 ? 'one calendar month' : `${amount} calendar months`;
      const noun = unit === 'days' ? 'day' : 'business day';
      return `${amount} ${noun}${amount === 1 ? '' : 's'}`;
    },
    more: ({ amount, unit }) => {
      const noun = { days: 'day', business_days: 'business day', months: 'month' }[unit];
      return `${amount} more ${noun}${amount === 1 ? '' : 's'}`;
    },
  },
  es: {
    dueOn: (date) => `vence el ${date}`,
    acknowledgeBy: (date) => `acusar recibo a más tardar el ${date}`,
    extendedTo: (date) => `prorrogado hasta el ${date}`,
    fromReceipt: (date) => `desde la recepción el ${date}`,
    fromAppeal: (date) => `desde la recepción de la apelación el ${date}`,
    noticeGiven: (date) => `aviso dado el ${date}`,
    paused: (days) =>
      `más ${days} ${days === 1 ? 'día' : 'días'} de espera de la información solicitada`,
    period: ({ amount, unit }) => {
      if (unit === 'months') return amount === 1 ? 'un mes natural' : `${amount} meses naturales`;
      const noun = amount === 1 ? 'día' : 'días';
      return unit === 'days'
        ? `${amount} ${noun}`
        : `${amount} ${noun} hábil${amount === 1 ? '' : 'es'}`;
    },
    more: ({ amount, unit }) => {
      if (unit === 'months') return `${amount} ${amount === 1 ? 'mes' : 'meses'} más`;
      const noun = amount === 1 ? 'día' : 'días';
      return unit === 'days'
        ? `${amount} ${noun} más`
        : `${amount} ${noun} hábil${amount === 1 ? '' : 'es'} más`;
    },
  },
};
