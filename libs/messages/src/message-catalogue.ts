import { Formats, IntlMessageFormat } from 'intl-messageformat';

/** What a message's `{arguments}` may be given. */
export type MessageValues = Readonly<Record<string, string | number | Date | boolean | undefined>>;

/** One language's messages, written in ICU MessageFormat, keyed by a dotted name. */
export type Messages = Readonly<Record<string, string>>;

/** Formats one message of one language: `say('notice.greeting')`, `say('x.found', { total })`. */
export type Say = (key: string, values?: MessageValues) => string;

/**
 * The words of one surface (pages or notices) in every language, formatted by intl-messageformat
 * (ICU MessageFormat: plurals, selects, numbers and dates by the language's own rules). Each
 * message is parsed once and its formatter kept, so formatting is cheap after the first call.
 */
export class MessageCatalogue<Language extends string> {
  private readonly formatters = new Map<string, IntlMessageFormat>();

  constructor(
    private readonly messages: Readonly<Record<Language, Messages>>,
    /** The locale each language formats numbers and dates in, e.g. en: 'en-US'. */
    private readonly locales: Readonly<Record<Language, string>>,
    /** Named formats a message may use, e.g. `{day, date, utcLong}` (dates stored as UTC days). */
    private readonly formats: Partial<Formats> = {},
  ) {}

  languages(): Language[] {
    return Object.keys(this.messages) as Language[];
  }

  keys(language: Language): string[] {
    return Object.keys(this.messages[language]);
  }

  /** The message text as written, before formatting (for checks and tests). */
  source(language: Language, key: string): string {
    const message = this.messages[language][key];
    if (message === undefined) throw new Error(`No message "${key}" in language "${language}"`);
    return message;
  }

  format(language: Language, key: string, values?: MessageValues): string {
    const formatted = this.formatter(language, key).format(values as Record<string, string>);
    if (typeof formatted !== 'string') {
      throw new Error(`Message "${key}" (${language}) must format to text`);
    }
    return formatted;
  }

  /** The catalogue bound to one language, for code that says several things in it. */
  in(language: Language): Say {
    return (key, values) => this.format(language, key, values);
  }

  /** The parsed message (its argument names and kinds), for checks and tests. */
  formatter(language: Language, key: string): IntlMessageFormat {
    const cacheKey = `${language}\u0000${key}`;
    let formatter = this.formatters.get(cacheKey);
    if (!formatter) {
      formatter = new IntlMessageFormat(
        this.source(language, key),
        this.locales[language],
        this.formats,
      );
      this.formatters.set(cacheKey, formatter);
    }
    return formatter;
  }
}
