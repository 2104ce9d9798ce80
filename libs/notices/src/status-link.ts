import { openFromBytes, sealToBytes } from '@rightsdesk/persistence';

/** What the sealed status token is bound to, so the sealed bytes cannot pass for anything else. */
const OWNER = 'status-link';

/** Seals a person's status-page secret with the company key, to be stored with the request. */
export function sealStatusToken(key: Buffer, token: string): Buffer {
  return sealToBytes(key, OWNER, Buffer.from(token, 'utf8'));
}

/**
 * The person's own status page address, for a notice that links to it; undefined when no sealed
 * token is kept (requests made before it was, or whose personal data retention has purged).
 */
export function statusLinkOf(
  sealed: Buffer | null | undefined,
  key: Buffer,
  publicUrl: string,
  /** The request's language: the page opens in it, whatever the reader's browser says. */
  language?: string,
): string | undefined {
  if (!sealed) return undefined;
  try {
    const token = openFromBytes(key, OWNER, sealed).toString('utf8');
    const url = new URL(`/status/${token}`, publicUrl);
    if (language) url.searchParams.set('lang', language);
    return url.toString();
  } catch {
    // Sealed under a key since rotated: the notice goes out without the link.
    return undefined;
  }
}
