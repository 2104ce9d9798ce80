import { Language } from '@rightsdesk/domain';
import { MessageCatalogue } from '@rightsdesk/messages';
import { NOTICES_EN } from './catalogue/notices.en';
import { NOTICES_ES } from './catalogue/notices.es';

/** Every notice's words, per language; numbers as each language writes them (3,013 / 3013). */
export const NOTICE_WORDS = new MessageCatalogue<Language>(
  { en: NOTICES_EN, es: NOTICES_ES },
  { en: 'en-US', es: 'es-ES' },
  // A letter's date is a calendar day (YYYY-MM-DD): read it in UTC so no zone shifts the day.
  { date: { utcLong: { dateStyle: 'long', timeZone: 'UTC' } } },
);
