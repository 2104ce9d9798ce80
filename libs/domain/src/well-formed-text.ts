/**
 * Text we refuse to take in: NUL (Postgres cannot store it in text), a lone UTF-16 surrogate
 * (it cannot be written as UTF-8) and U+FFFD, which is what the JSON, form, query and file
 * decoders leave in place of bytes that were not UTF-8.
 */
const MALFORMED_SOURCE =
  // eslint-disable-next-line no-control-regex -- finding NUL is the point
  /\u0000|\uFFFD|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.source;
const MALFORMED = new RegExp(MALFORMED_SOURCE);

/**
 * Text taken as it came from outside (an email a person sent) with what we cannot keep left out,
 * for the places where refusing it is not an option.
 */
export function withoutMalformedText(text: string): string {
  return text.replace(new RegExp(MALFORMED_SOURCE, 'g'), '');
}

/**
 * The dotted path of the first malformed string in a parsed value (keys count as much as
 * values), or null when every string in it is well formed.
 */
export function malformedTextPath(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return MALFORMED.test(value) ? path || '(text)' : null;
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, item] of Object.entries(value)) {
    const itemPath = path ? `${path}.${key}` : key;
    if (MALFORMED.test(key)) return itemPath;
    const found = malformedTextPath(item, itemPath);
    if (found) return found;
  }
  return null;
}
