/**
 * Finds digit sequences that could be payment card numbers (PANs): 13 to 19 digits, optionally
 * grouped by single spaces or hyphens as people type them, that pass the Luhn check. Used to
 * prove the seeded shop (and exports made from it) never hold a card number.
 */
export function findCardLikeNumbers(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/\d(?:[ -]?\d){12,}/g)) {
    const digits = match[0].replace(/[ -]/g, '');
    // A longer run may hide a card number anywhere inside it: check every window.
    for (let length = 13; length <= Math.min(19, digits.length); length += 1) {
      for (let start = 0; start + length <= digits.length; start += 1) {
        const candidate = digits.slice(start, start + length);
        if (passesLuhn(candidate)) found.push(candidate);
      }
    }
  }
  return found;
}

export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
