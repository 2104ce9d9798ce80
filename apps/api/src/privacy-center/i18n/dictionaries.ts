import { Language } from '@rightsdesk/domain';
import { en } from './en';
import { es } from './es';
import { Messages } from './messages';

/**
 * Every language the privacy center speaks. Keyed by the domain's LANGUAGES, so adding a
 * language there is a type error here until its dictionary file exists.
 */
export const DICTIONARIES: Readonly<Record<Language, Messages>> = { en, es };

export function dictionaryFor(language: Language): Messages {
  return DICTIONARIES[language];
}
