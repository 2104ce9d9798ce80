import { IntlMessageFormat } from 'intl-messageformat';
import { MessageCatalogue, MessageValues } from './message-catalogue';

type MessageElement = ReturnType<IntlMessageFormat['getAst']>[number];

/** The parser's element kinds (TYPE in @formatjs/icu-messageformat-parser, not re-exported). */
const TYPE = { argument: 1, number: 2, date: 3, time: 4, select: 5, plural: 6, tag: 8 } as const;

/** A problem with a catalogue: a key missing in a language, or a message that does not format. */
export interface CatalogueProblem {
  language: string;
  key: string;
  problem: string;
}

function sampleValues(elements: readonly MessageElement[], values: Record<string, unknown>) {
  for (const element of elements) {
    const name = 'value' in element ? String(element.value) : '';
    switch (element.type as number) {
      case TYPE.argument:
        values[name] ??= 'text';
        break;
      case TYPE.number:
      case TYPE.plural:
        values[name] = 2;
        break;
      case TYPE.date:
      case TYPE.time:
        values[name] = new Date('2026-11-25T10:00:00Z');
        break;
      case TYPE.select:
        values[name] ??= 'other';
        break;
      case TYPE.tag:
        if ('children' in element) sampleValues(element.children, values);
        break;
      default:
        break;
    }
    if ('options' in element) {
      for (const option of Object.values(element.options)) sampleValues(option.value, values);
    }
  }
  return values;
}

/**
 * Every key in every language, and every message parses and formats with sample values of the
 * kinds its arguments take (numbers for plurals, dates for dates, text otherwise).
 */
export function checkCatalogue<Language extends string>(
  catalogue: MessageCatalogue<Language>,
): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  const languages = catalogue.languages();
  const allKeys = new Set(languages.flatMap((language) => catalogue.keys(language)));
  for (const language of languages) {
    const keys = new Set(catalogue.keys(language));
    for (const key of allKeys) {
      if (!keys.has(key)) {
        problems.push({ language, key, problem: 'missing' });
        continue;
      }
      try {
        const formatter = catalogue.formatter(language, key);
        const values = sampleValues(formatter.getAst(), {}) as MessageValues;
        const text = catalogue.format(language, key, values);
        if (text.trim() === '' && catalogue.source(language, key).trim() !== '') {
          problems.push({ language, key, problem: 'formats to nothing' });
        }
      } catch (error) {
        problems.push({ language, key, problem: (error as Error).message });
      }
    }
  }
  return problems;
}
