import { MessageCatalogue, MessageValues } from '@rightsdesk/messages';
import { HtmlValue, SafeHtml, html } from '@rightsdesk/html';
import { CONSOLE_EN } from './console.en';

/** A message of the console catalogue; the compiler refuses a key the catalogue lacks. */
export type ConsoleKey = keyof typeof CONSOLE_EN;

/** The languages the staff console is written in (English only today). */
export type ConsoleLanguage = 'en';

/**
 * Every word of the staff console, in the same message-catalogue mechanism as the privacy
 * center and the notices. A second language is a second file (`console.es.ts`, typed
 * `Record<ConsoleKey, string>` so the compiler lists what it lacks) and one more entry here and
 * in the locales; the views and `say` stay as they are.
 */
export const CONSOLE_WORDS = new MessageCatalogue<ConsoleLanguage>(
  { en: CONSOLE_EN },
  { en: 'en-GB' },
);

/** The language the console speaks to staff (one language for every member today). */
const CONSOLE_LANGUAGE: ConsoleLanguage = 'en';

/** One console message as plain text, for views to escape: `say('queue.title')`. */
export function say(key: ConsoleKey, values?: MessageValues): string {
  return CONSOLE_WORDS.format(CONSOLE_LANGUAGE, key, values);
}

/**
 * One console message around markup (a link, a bold name): its words are escaped and the
 * values that are `SafeHtml` kept, e.g. `sayHtml('signIn.intro', { privacyCenter: link })`.
 */
export function sayHtml(
  key: ConsoleKey,
  values: Readonly<Record<string, SafeHtml | string | number>>,
): SafeHtml {
  const formatted = CONSOLE_WORDS.formatter(CONSOLE_LANGUAGE, key).format<SafeHtml>(values);
  const parts: HtmlValue = Array.isArray(formatted) ? formatted : [formatted];
  return html`${parts}`;
}

/** Whether the catalogue holds a message by this name (for codes that may be new, such as audit actions). */
export function isConsoleKey(key: string): key is ConsoleKey {
  return Object.hasOwn(CONSOLE_EN, key);
}

/** Words for each code of a closed list, read once: `wordsFor('status.', REQUEST_STATUSES)`. */
export function wordsFor<Code extends string>(
  prefix: string,
  codes: readonly Code[],
): Record<Code, string> {
  return Object.fromEntries(
    codes.map((code) => [code, say(`${prefix}${code}` as ConsoleKey)]),
  ) as Record<Code, string>;
}
