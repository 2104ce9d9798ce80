import { Language } from '@rightsdesk/domain';
import { Messages } from './messages';
import { pageMessages } from './page-words';

/**
 * Every language the privacy center speaks, built once from the page catalogue. Keyed by the
 * domain's LANGUAGES, so adding a language there is a type error here until its catalogue exists.
 */
export const DICTIONARIES: Readonly<Record<Language, Messages>> = {
  en: pageMessages('en'),
  es: pageMessages('es'),
};

export function dictionaryFor(language: Language): Messages {
  return DICTIONARIES[language];
}
