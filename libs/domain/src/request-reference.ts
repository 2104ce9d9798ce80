/** Crockford base32 without I, L, O, U: easy to read aloud on the phone and to type from a letter. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A short human reference such as `RD-7K3M-Q9XD`, printed on letters and emails. `random` must
 * give 8 uniformly distributed bytes (crypto in production, seeded in tests).
 */
export function formatRequestReference(random: Uint8Array): string {
  if (random.length < 8) throw new RangeError('a reference needs 8 random bytes');
  const chars = Array.from(random.slice(0, 8), (byte) => ALPHABET[byte & 31]);
  return `RD-${chars.slice(0, 4).join('')}-${chars.slice(4, 8).join('')}`;
}

export const REQUEST_REFERENCE_PATTERN = /^RD-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/**
 * A reference as a person types it, read back to its printed form: case, spaces and dashes do
 * not matter, and the letters Crockford base32 leaves out are read as the digits they look like
 * (O as 0, I and L as 1). Null when it cannot be a reference.
 */
export function readRequestReference(typed: string): string | null {
  const compact = typed.toUpperCase().replace(/[\s-]/g, '');
  const match = /^RD([0-9A-Z]{4})([0-9A-Z]{4})$/.exec(compact);
  if (!match) return null;
  const read = (part: string) => part.replace(/O/g, '0').replace(/[IL]/g, '1');
  const reference = `RD-${read(match[1])}-${read(match[2])}`;
  return REQUEST_REFERENCE_PATTERN.test(reference) ? reference : null;
}

/** Anything in running text that may be a reference: "RD-7K3M-Q9XD", "rd 7k3m q9xd", "RD7K3MQ9XD". */
const QUOTED_REFERENCE = /\bRD[\s-]?[0-9A-Z]{4}[\s-]?[0-9A-Z]{4}\b/gi;

/**
 * The references quoted in a message a person wrote (a reply's subject line, a quoted letter),
 * read back to their printed form, in the order they appear, each once.
 */
export function referencesQuotedIn(text: string): string[] {
  const found = Array.from(text.matchAll(QUOTED_REFERENCE), ([quoted]) =>
    readRequestReference(quoted),
  );
  return [...new Set(found.filter((reference): reference is string => reference !== null))];
}
