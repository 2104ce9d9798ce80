import { isConsoleKey, say } from '../../i18n/console-words';

/**
 * What an audit trail action says to a privacy officer reading the request's timeline. The
 * trail keeps stable codes (`request.approve`); the page shows words from the console
 * catalogue (`timelineAction.request.approve`). A code not listed there (a new action) is still
 * shown readably, from its code.
 */
export function timelineActionInWords(action: string): string {
  const key = `timelineAction.${action}`;
  if (isConsoleKey(key)) return say(key);
  const words = action.replace(/^[a-z]+\./, '').replace(/[._]/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
