import { Language } from '@rightsdesk/domain';
import { MessageCatalogue, MessageValues, Say } from '@rightsdesk/messages';
import { Messages } from './messages';
import { PAGES_EN } from './pages.en';
import { PAGES_ES } from './pages.es';

/** Every word of the privacy center, per language, in the one message-catalogue mechanism. */
export const PAGE_WORDS = new MessageCatalogue<Language>(
  { en: PAGES_EN, es: PAGES_ES },
  { en: 'en-GB', es: 'es-ES' },
);

/** Messages that take a value: the argument each passes to its catalogue entry. */
const ARGUMENTS: Readonly<Record<string, string>> = {
  'requestForm.correctionRow': 'number',
  'submitted.codeSent': 'email',
  'submitted.nextAnswer': 'due',
  'verify.attemptsLeft': 'count',
  'verify.wrongCode': 'attemptsLeft',
  'verify.tryAgain': 'when',
  'download.availableUntil': 'date',
  'download.sendHint': 'minutes',
  'download.wrongCode': 'attemptsLeft',
  'download.readyHint': 'minutes',
  'error.tooManyRequests.retry': 'when',
  'status.lawApplies': 'law',
  'status.lawComplain': 'authorities',
  'status.complain': 'authorities',
  'status.appealUntil': 'when',
  'appeal.deadlineExtension': 'period',
  'appeal.complaint': 'authorities',
};

/** Messages that take several values, given as one object. */
const SEVERAL_ARGUMENTS = new Set([
  'status.appealClock',
  'status.appealEnded',
  'status.lawCourtesy',
  'appeal.deadline',
  'law.period',
  'reply.weAsked',
  'reply.youWrote',
]);

/** Records keyed by names that hold a dot themselves (timeline actions such as `access.downloaded`). */
const DOTTED_RECORDS = ['status.timelineActions.'];

function pathOf(key: string): string[] {
  const record = DOTTED_RECORDS.find((prefix) => key.startsWith(prefix));
  return record ? [...record.slice(0, -1).split('.'), key.slice(record.length)] : key.split('.');
}

function entryOf(key: string, say: Say): unknown {
  if (key === 'status.progressOurRecords') {
    return (system: string | null) =>
      say(key, { system: system ?? '', hasSystem: system ? 'yes' : 'no' });
  }
  if (SEVERAL_ARGUMENTS.has(key)) return (values: MessageValues) => say(key, values);
  const argument = ARGUMENTS[key];
  if (argument) return (value: string | number) => say(key, { [argument]: value });
  return say(key);
}

/**
 * The pages' `Messages` for one language, built from the catalogue: texts formatted once,
 * messages with a value as functions (`t.verify.wrongCode(2)`). Keys ending in a number are
 * list items (`requestForm.deletePoints.0`).
 */
export function pageMessages(language: Language): Messages {
  const say = PAGE_WORDS.in(language);
  const root: Record<string, unknown> = {};
  for (const key of PAGE_WORDS.keys(language)) {
    const path = pathOf(key);
    let node = root;
    path.slice(0, -1).forEach((part, index) => {
      node[part] ??= /^\d+$/.test(path[index + 1]) ? [] : {};
      node = node[part] as Record<string, unknown>;
    });
    node[path[path.length - 1]] = entryOf(key, say);
  }
  return root as unknown as Messages;
}
