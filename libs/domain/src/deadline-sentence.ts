import { dateInWords } from '@rightsdesk/messages';
import type { DueDateBasis } from './due-date-basis';
import { citationIn } from './laws/citation-words';
import type { Period } from './deadline-rules';
import { Language } from './request-kinds';

/** A deadline as a person reads it: the date as a sentence, and the rule behind it on its own. */
export interface DeadlineSentence {
  /** "We will answer by 7 January 2027." */
  readonly sentence: string;
  /** "The law gives us one month from the day we received your request, 7 December 2026 (GDPR Art. 12(3))." */
  readonly rule: string;
}

/**
 * The deadline in words for people, in English or Spanish: dates in words, the promise first and
 * the rule that sets it on its own line. Citations name the law as the language does.
 */
export function deadlineSentence(
  due: { readonly dueOn: string; readonly basis: DueDateBasis },
  language: Language = 'en',
): DeadlineSentence {
  const words = WORDS[language] ?? WORDS.en;
  const { basis } = due;
  const on = (day: string) => dateInWords(day, language);
  // The law's name as the reader's language says it ("RGPD Art. 12(3)" in Spanish).
  const citation = citationIn(basis.citation, basis.regime, language);
  // UK GDPR Art. 12A: the days spent waiting for the person's answer are not counted.
  const paused = basis.paused
    ? ` ${words.pausedRule(basis.paused.days)} (${citationIn(basis.paused.citation, basis.regime, language)}).`
    : '';
  if (basis.extension) {
    return {
      sentence: words.extendedTo(on(due.dueOn)),
      rule: `${words.extensionRule(basis.period, on(basis.extension.originalDueOn))} (${citation}).${paused}`,
    };
  }
  return {
    sentence: words.promise[basis.kind](on(due.dueOn)),
    rule: `${words.rule(basis.period, basis.kind === 'appeal', on(basis.receivedOn))} (${citation}).${paused}`,
  };
}

interface Words {
  promise: Record<DueDateBasis['kind'], (date: string) => string>;
  extendedTo(date: string): string;
  rule(period: Period, appeal: boolean, receivedOn: string): string;
  extensionRule(period: Period, originalDueOn: string): string;
  pausedRule(days: number): string;
}

const WORDS: Record<Language, Words> = {
  en: {
    promise: {
      respond: (date) => `We will answer by ${date}.`,
      acknowledge: (date) => `We will confirm that we received your request by ${date}.`,
      opt_out: (date) => `We will act on your request by ${date}.`,
      appeal: (date) => `We will decide your appeal by ${date}.`,
    },
    extendedTo: (date) => `We now expect to answer by ${date}.`,
    rule: (period, appeal, receivedOn) =>
      `The law gives us ${enPeriod(period)} from the day we received your ${appeal ? 'appeal' : 'request'}, ${receivedOn}`,
    extensionRule: (period, original) =>
      `The law lets us take a further ${enPeriod(period)} when we tell you why before the first date, ${original}`,
    pausedRule: (days) =>
      `The ${days} ${days === 1 ? 'day' : 'days'} between our question and your answer are not counted`,
  },
  es: {
    promise: {
      respond: (date) => `Le responderemos a más tardar el ${date}.`,
      acknowledge: (date) => `Le confirmaremos que recibimos su solicitud a más tardar el ${date}.`,
      opt_out: (date) => `Atenderemos su solicitud a más tardar el ${date}.`,
      appeal: (date) => `Decidiremos su apelación a más tardar el ${date}.`,
    },
    extendedTo: (date) => `Ahora prevemos responderle a más tardar el ${date}.`,
    rule: (period, appeal, receivedOn) =>
      `La ley nos da ${esPeriod(period)} desde el día en que recibimos su ${appeal ? 'apelación' : 'solicitud'}, el ${receivedOn}`,
    extensionRule: (period, original) =>
      `La ley nos permite tomar ${esPeriod(period)} más si le explicamos el motivo antes de la primera fecha, el ${original}`,
    pausedRule: (days) =>
      `No se cuentan ${days === 1 ? 'el día' : `los ${days} días`} entre nuestra pregunta y su respuesta`,
  },
};

function enPeriod({ amount, unit }: Period): string {
  if (unit === 'months') return amount === 1 ? 'one month' : `${amount} months`;
  const noun = unit === 'days' ? 'day' : 'business day';
  return `${amount} ${noun}${amount === 1 ? '' : 's'}`;
}

function esPeriod({ amount, unit }: Period): string {
  if (unit === 'months') return amount === 1 ? 'un mes' : `${amount} meses`;
  const noun = amount === 1 ? 'día' : 'días';
  return unit === 'days'
    ? `${amount} ${noun}`
    : `${amount} ${noun} hábil${amount === 1 ? '' : 'es'}`;
}
