import { PRIVACY_CENTER_CSP } from './content-security-policy';
import { SafeHtml } from '@rightsdesk/html';
import type { Writable } from 'node:stream';
import { FileReply, FileReplyOptions, HtmlReply, RedirectReply } from './reply';

export interface PageOptions {
  status?: number;
  /**
   * `no-store` for pages reached through a secret (status and verify tokens) or holding a form
   * token; `private, no-cache` for public pages, which a browser may keep but must check again.
   */
  cache?: 'no-store' | 'private, no-cache';
}

/** The headers every privacy-center response carries; the token is in the URL, so no referrer. */
function pageHeaders(cache: PageOptions['cache'] = 'no-store'): Record<string, string> {
  return {
    'Content-Security-Policy': PRIVACY_CENTER_CSP,
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Cache-Control': cache,
    ...(cache !== 'no-store' ? { Vary: 'Accept-Language, Cookie' } : {}),
  };
}

/** A privacy-center page, as a handler's answer. */
export function page(html: SafeHtml, options: PageOptions = {}): HtmlReply {
  return new HtmlReply(html, options.status ?? 200, pageHeaders(options.cache));
}

/** Post/redirect/get from a privacy-center form, as a handler's answer. */
export function pageRedirect(location: string): RedirectReply {
  return new RedirectReply(location, pageHeaders());
}

/** A file from a privacy-center page (an access package), never stored by a browser or proxy. */
export function pageFile(
  body: Buffer | ((out: Writable) => Promise<void>),
  options: FileReplyOptions,
): FileReply {
  return new FileReply(body, { ...options, headers: { ...pageHeaders(), ...options.headers } });
}
