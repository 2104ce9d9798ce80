import { LANGUAGES, Language } from '@rightsdesk/domain';

const DEFAULT_LANGUAGE: Language = 'en';

/** "es", "ES" and "es-MX" all mean Spanish; anything unsupported means nothing. */
function supported(tag: string | undefined): Language | undefined {
  const primary = tag?.trim().split('-')[0].toLowerCase();
  return LANGUAGES.find((language) => language === primary);
}

/** The best supported language in an Accept-Language header, honouring q-values. */
function fromAcceptLanguage(header: string | undefined): Language | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag, ...parameters] = part.split(';');
      const q = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { tag, weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const entry of ranked) {
    const language = supported(entry.tag);
    if (language) return language;
  }
  return undefined;
}

/**
 * The page language: an explicit `?lang=` choice wins, then the remembered cookie, then the
 * browser's preference, then English.
 */
export function resolveLanguage(
  queryLang?: string,
  cookieLang?: string,
  acceptLanguage?: string,
): Language {
  return (
    supported(queryLang) ??
    supported(cookieLang) ??
    fromAcceptLanguage(acceptLanguage) ??
    DEFAULT_LANGUAGE
  );
}
