import type { Language, Regime } from '../request-kinds';
import { privacyLaw } from './law-table';

/**
 * A citation as the reader's language names the law: a citation that opens with the law's
 * English short name takes the name in their language ("GDPR Art. 12(3)" reads "RGPD Art.
 * 12(3)" in Spanish, as Spanish law texts say). Other citations are identifiers and stay as written.
 */
export function citationIn(citation: string, regime: Regime, language: Language): string {
  const { label } = privacyLaw(regime);
  const english = `${label.en} `;
  return citation.startsWith(english)
    ? `${label[language]} ${citation.slice(english.length)}`
    : citation;
}
