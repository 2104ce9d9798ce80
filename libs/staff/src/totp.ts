import { createHmac, randomBytes } from 'node:crypto';

/** RFC 6238 parameters; authenticator apps expect the defaults (SHA-1, 6 digits, 30 s). */
export interface TotpOptions {
  algorithm?: 'sha1' | 'sha256' | 'sha512';
  digits?: number;
  periodSeconds?: number;
}

const DEFAULTS: Required<TotpOptions> = { algorithm: 'sha1', digits: 6, periodSeconds: 30 };
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** A new 160-bit secret (RFC 4226 §4 recommends 160 bits). */
export function newTotpSecret(): Buffer {
  return randomBytes(20);
}

/** RFC 4648 base32 without padding: the form authenticator apps take a secret in. */
export function base32Encode(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

/** Reads base32 as typed by a person: case, spaces and padding ignored; null when invalid. */
export function base32Decode(text: string): Buffer | null {
  const clean = text.replace(/[\s=]/g, '').toUpperCase();
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const character of clean) {
    const index = BASE32.indexOf(character);
    if (index < 0) return null;
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** The time step a moment falls in (RFC 6238 §4.2: T = floor((now - T0) / X), T0 = 0). */
export function totpCounter(at: Date, options: TotpOptions = {}): number {
  const { periodSeconds } = { ...DEFAULTS, ...options };
  return Math.floor(at.getTime() / 1000 / periodSeconds);
}

/** HOTP (RFC 4226 §5.3): HMAC of the 8-byte counter, dynamically truncated to `digits`. */
export function hotp(secret: Buffer, counter: number, options: TotpOptions = {}): string {
  const { algorithm, digits } = { ...DEFAULTS, ...options };
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const digest = createHmac(algorithm, secret).update(message).digest();
  const offset = digest[digest.length - 1] & 0x0f;
  const binary = digest.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

/** The code for a moment (RFC 6238). */
export function totp(secret: Buffer, at: Date, options: TotpOptions = {}): string {
  return hotp(secret, totpCounter(at, options), options);
}

/**
 * Checks a code against the current step and one step either side (RFC 6238 §5.2 allows for
 * clock drift and typing time). Returns the matched step, or null. A step at or before
 * `lastUsedCounter` is refused, so a code seen over someone's shoulder cannot be replayed
 * (RFC 6238 §5.2: "the verifier MUST NOT accept the second attempt of the same OTP").
 */
export function verifyTotp(
  secret: Buffer,
  code: string,
  at: Date,
  lastUsedCounter: number | null = null,
  options: TotpOptions = {},
): number | null {
  const { digits } = { ...DEFAULTS, ...options };
  const typed = code.replace(/\s/g, '');
  if (!new RegExp(`^\\d{${digits}}$`).test(typed)) return null;
  const now = totpCounter(at, options);
  for (const counter of [now - 1, now, now + 1]) {
    if (lastUsedCounter !== null && counter <= lastUsedCounter) continue;
    if (constantTimeEqual(hotp(secret, counter, options), typed)) return counter;
  }
  return null;
}

/** The otpauth:// URI authenticator apps read from the enrolment QR code (Key Uri Format). */
export function otpauthUri(secret: Buffer, issuer: string, account: string): string {
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(account)}`;
  const params = new URLSearchParams({
    secret: base32Encode(secret),
    issuer,
    algorithm: 'SHA1',
    digits: '6',
    period: '30',
  });
  return `otpauth://totp/${label}?${params.toString()}`;
}

function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index += 1) {
    difference |= a.charCodeAt(index) ^ b.charCodeAt(index);
  }
  return difference === 0;
}
