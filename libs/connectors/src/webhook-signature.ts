import { createHmac, timingSafeEqual } from 'node:crypto';

/** The header both directions carry: `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`. */
export const SIGNATURE_HEADER = 'X-Rightsdesk-Signature';
/** How far a signed timestamp may be from now before the message counts as a replay. */
export const SIGNATURE_TOLERANCE_SECONDS = 5 * 60;

export type SignatureCheck =
  { ok: true; timestamp: number } | { ok: false; reason: 'malformed' | 'expired' | 'mismatch' };

/**
 * Signs a body for a recipient. The timestamp is inside the signed text, so an old message
 * cannot be replayed with a new time, and the body cannot change without the signature.
 */
export function signWebhookBody(secret: string, body: string, now = new Date()): string {
  const timestamp = Math.floor(now.getTime() / 1000);
  return `t=${timestamp},v1=${signatureOf(secret, timestamp, body)}`;
}

/**
 * Checks a signature header against the raw body: a well-formed header, a timestamp within the
 * tolerance either way, and a v1 signature equal in constant time (several v1 values are
 * allowed, so a recipient can sign with an old and a new secret while rotating it).
 */
export function verifyWebhookSignature(
  secret: string,
  header: string | undefined,
  body: string | Buffer,
  now = new Date(),
  toleranceSeconds = SIGNATURE_TOLERANCE_SECONDS,
): SignatureCheck {
  const parts = (header ?? '').split(',').map((part) => part.trim().split('='));
  const timestamps = parts.filter(([key]) => key === 't').map(([, value]) => value);
  const signatures = parts
    .filter(([key, value]) => key === 'v1' && /^[0-9a-f]{64}$/.test(value ?? ''))
    .map(([, value]) => Buffer.from(value, 'hex'));
  if (timestamps.length !== 1 || !/^\d{1,12}$/.test(timestamps[0] ?? '') || !signatures.length) {
    return { ok: false, reason: 'malformed' };
  }
  const timestamp = Number(timestamps[0]);
  if (Math.abs(now.getTime() / 1000 - timestamp) > toleranceSeconds) {
    return { ok: false, reason: 'expired' };
  }
  const expected = Buffer.from(signatureOf(secret, timestamp, body), 'hex');
  const matches = signatures.some((signature) => timingSafeEqual(signature, expected));
  return matches ? { ok: true, timestamp } : { ok: false, reason: 'mismatch' };
}

function signatureOf(secret: string, timestamp: number, body: string | Buffer): string {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex');
}
