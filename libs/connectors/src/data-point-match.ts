import type { DataPointMatch } from './subject-identity';

/**
 * Comparisons of stated data points with held values. They run only on the rows the person's
 * email already found, so they forgive spelling of form (case, accents, punctuation, spacing,
 * name order, phone formatting) but never spelling of substance: "Jon" is not "John".
 */

/** Case-, accent- and punctuation-insensitive form: "Ångström-Núñez" -> "angstrom nunez". */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A stated full name against the name columns of one row (e.g. first and last name). Either
 * order matches, with or without spaces, so "山田 太郎" and "山田太郎" match 太郎 / 山田.
 */
export function nameMatches(stated: string, heldParts: readonly (string | null)[]): boolean {
  const compact = (text: string): string => normaliseText(text).replace(/ /g, '');
  const target = compact(stated);
  const parts = heldParts
    .filter((part): part is string => part !== null && part.trim() !== '')
    .map(compact);
  if (target === '' || parts.length === 0) return false;
  return target === parts.join('') || target === [...parts].reverse().join('');
}

/**
 * Phone numbers compared by digits. A stated national number matches a held international one
 * when only a country code (1-3 digits) and trunk zeros differ: "+1 217 555 0187" = "(217) 555-0187".
 */
export function phoneMatches(stated: string, held: string): boolean {
  const digits = (text: string): string => text.replace(/\D/g, '').replace(/^0+/, '');
  const a = digits(stated);
  const b = digits(held);
  if (a.length < 7 || b.length < 7) return false;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return longer.endsWith(shorter) && longer.length - shorter.length <= 3;
}

/** A stated address matches a held one when street line and postal code both match. */
export function postalAddressMatches(
  stated: { line1: string; postalCode: string },
  held: { line1: string | null; postalCode: string | null },
): boolean {
  const code = (text: string): string => text.toUpperCase().replace(/[^\p{L}\p{N}]/gu, '');
  if (held.line1 === null || held.postalCode === null) return false;
  const line = normaliseText(stated.line1);
  return (
    line !== '' &&
    line === normaliseText(held.line1) &&
    code(stated.postalCode) === code(held.postalCode)
  );
}

/**
 * Order numbers compared without case, spaces, dashes or a leading "#", as people copy them from
 * a receipt: "#so-2024 00017" = "SO-202400017". Any of the person's orders counts.
 */
export function orderNumberMatches(stated: string, held: string): boolean {
  const plain = (text: string): string => text.toUpperCase().replace(/[^\p{L}\p{N}]/gu, '');
  const target = plain(stated);
  return target.length >= 4 && target === plain(held);
}

/** The outcome for one data point over every held value of it. */
export function matchOutcome<T>(
  stated: unknown,
  held: readonly T[],
  matches: (value: T) => boolean,
): DataPointMatch {
  if (
    stated === undefined ||
    stated === null ||
    (typeof stated === 'string' && stated.trim() === '')
  )
    return 'not_provided';
  if (held.length === 0) return 'not_held';
  return held.some(matches) ? 'matched' : 'not_matched';
}
