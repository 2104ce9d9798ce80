import { SECRET_PLACEHOLDERS } from './notice-content';

/** A link carrying a person's secret (43 characters of base64url), with its site and query. */
const link = (path: string) =>
  new RegExp(`(https?://[^\\s"'<>]*)?/${path}/[A-Za-z0-9_-]{43}(\\?[^\\s"'<>]*)?`, 'g');

const LINKS: Array<[RegExp, string]> = [
  [link('status'), SECRET_PLACEHOLDERS.statusUrl],
  [link('verify/link'), SECRET_PLACEHOLDERS.verifyUrl],
];

/**
 * A stored copy with each person's link written out in full replaced by its placeholder, as in
 * the copies written since links were sealed: staff read what it was, never a link that works.
 */
export function redactPersonLinks(stored: string): string {
  return LINKS.reduce((copy, [pattern, placeholder]) => copy.replace(pattern, placeholder), stored);
}
