import { Language } from '@rightsdesk/domain';
import { MessageCatalogue } from '@rightsdesk/messages';
import { ANSWER_EN } from './answer-words.en';
import { ANSWER_ES } from './answer-words.es';

/** The words of an access answer, per language (report.html and the letter). */
export const ANSWER_WORDS = new MessageCatalogue<Language>(
  { en: ANSWER_EN, es: ANSWER_ES },
  { en: 'en-US', es: 'es-ES' },
);
