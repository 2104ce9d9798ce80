import { dateInWords } from '@rightsdesk/messages';
import { NOTICE_WORDS } from '../notice-words';

/** The few words a letter adds around the notice, in the letter's language (English otherwise). */
export function letterWords(language: string) {
  const lang = language === 'es' ? 'es' : 'en';
  const say = NOTICE_WORDS.in(lang);
  return {
    /** "Date: 30 November 2026" / "Fecha: 30 de noviembre de 2026" from an ISO date. */
    dated: (isoDate: string) => say('letter.dated', { date: dateInWords(isoDate, lang) }),
    reference: (reference: string) => say('letter.reference', { reference }),
    footer: (reference: string, page: number, pages: number) =>
      say('letter.footer', { reference, page, pages }),
  };
}
