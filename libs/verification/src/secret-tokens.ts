import { createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/** A six-digit one-time code, uniformly random (crypto), leading zeros kept. */
export function newOneTimeCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/** 256 random bits, URL-safe: status links and one-click verification links. */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Keyed hash (HMAC-SHA256) of a code or token: what is stored. A stolen table gives neither the
 * tokens nor, for six-digit codes, a way to brute-force them offline without the key.
 */
export function keyedHash(key: Buffer, purpose: string, value: string): string {
  return createHmac('sha256', key).update(purpose).update('\0').update(value).digest('hex');
}

/** Constant-time comparison of two hex digests. */
export function sameDigest(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}

/** The stored form of a status token (the secret that opens a person's status page). */
export function statusTokenHash(tokenKey: Buffer, token: string): string {
  return keyedHash(tokenKey, 'status', token);
}
