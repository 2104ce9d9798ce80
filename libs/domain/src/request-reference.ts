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
