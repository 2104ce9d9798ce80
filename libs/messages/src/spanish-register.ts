/**
 * The privacy center, its emails, letters and reports address a Spanish reader as "usted"
 * (formal, as a company writes to a customer). A "tú" form in any of them reads as if two
 * companies wrote. These are the tú forms a company text is likely to use: the pronouns and
 * possessives, and the imperatives and second-person verbs of forms and notices.
 */
const TU_WORDS = [
  'tú',
  'tu',
  'tus',
  'te',
  'ti',
  'contigo',
  'tuyo',
  'tuya',
  'tuyos',
  'tuyas',
  'puedes',
  'tienes',
  'quieres',
  'eres',
  'estás',
  'debes',
  'necesitas',
  'sabes',
  'has',
  'hayas',
  'vives',
  'escríbenos',
  'dinos',
  'cuéntanos',
  'avísanos',
  'pídenos',
  'contáctanos',
  'llámanos',
];

/** Imperatives that are tú forms where a sentence starts with them ("Indica la dirección"). */
const TU_IMPERATIVES = [
  'indica',
  'escribe',
  'elige',
  'pulsa',
  'haz',
  'introduce',
  'revisa',
  'consulta',
  'envía',
  'añade',
  'comprueba',
  'confirma',
  'descarga',
  'abre',
  'busca',
  'selecciona',
  'rellena',
  'cambia',
  'usa',
  'vuelve',
  'sigue',
  'guarda',
  'recuerda',
  'ten',
  'pon',
  'di',
];

const LETTER = 'A-Za-zÁÉÍÓÚÜÑáéíóúüñ';
const ANYWHERE = new RegExp(`(?<![${LETTER}])(${TU_WORDS.join('|')})(?![${LETTER}])`, 'giu');
const SENTENCE_START = new RegExp(
  `(?:^|[.:;!?¡¿\\n]\\s*|\\s[-–]\\s)(${TU_IMPERATIVES.join('|')})(?![${LETTER}])`,
  'giu',
);
// Future tense, second person singular ("recibirás", "podrás"); "atrás", "detrás" are not verbs.
const FUTURE_TU = new RegExp(
  `(?<![${LETTER}])(?!atrás|detrás)([${LETTER}]+rás)(?![${LETTER}])`,
  'giu',
);

/** The tú forms in a Spanish text, as written: empty for a text that addresses the reader as usted. */
export function tuFormsIn(text: string): string[] {
  // ICU placeholders ({name}) and tags are not words the reader reads.
  const words = text.replace(/\{\w+\}/g, ' ').replace(/<[^>]*>/g, ' ');
  return [
    ...[...words.matchAll(ANYWHERE)].map((match) => match[1]),
    ...[...words.matchAll(SENTENCE_START)].map((match) => match[1]),
    ...[...words.matchAll(FUTURE_TU)].map((match) => match[1]),
  ];
}
