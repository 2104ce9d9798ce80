/** The few words a letter adds around the notice, per language (the notice itself is localized). */
const WORDS = {
  en: { date: 'Date', reference: 'Reference', page: (x: number, y: number) => `page ${x} of ${y}` },
  es: {
    date: 'Fecha',
    reference: 'Referencia',
    page: (x: number, y: number) => `página ${x} de ${y}`,
  },
} as const;

export type LetterWords = (typeof WORDS)[keyof typeof WORDS];

export function letterWords(language: string): LetterWords {
  return language === 'es' ? WORDS.es : WORDS.en;
}

/** "November 30, 2026" / "30 de noviembre de 2026" from an ISO date. */
export function letterDate(isoDate: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'es' ? 'es-ES' : 'en-US', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T00:00:00Z`));
}
