import type { Response } from 'express';
import { PRIVACY_CENTER_CSP } from './content-security-policy';
import { SafeHtml } from '@rightsdesk/html';
import { HtmlReply, RedirectReply } from './reply';

export interface PageOptions {
  status?: number;
  /**
   * `no-store` for pages reached through a secret (status and verify tokens) or holding a form
   * token; `private, no-cache` for public pages, which a browser may keep but must check again.
   */
  cache?: 'no-store' | 'private, no-cache';
}

/** The headers every privacy-center response carries (see setPageHeaders). */
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

/** Headers every privacy-center response carries; the token is in the URL, so no referrer. */
export function setPageHeaders(response: Response, cache: PageOptions['cache'] = 'no-store'): void {
  for (const [name, value] of Object.entries(pageHeaders(cache))) response.setHeader(name, value);
}

export function sendPage(response: Response, page: SafeHtml, options: PageOptions = {}): void {
  setPageHeaders(response, options.cache);
  response
    .status(options.status ?? 200)
    .type('html')
    .send(page.toString());
}

/** Post/redirect/get: a 303 so reloading the next page never re-posts the form. */
export function seeOther(response: Response, location: string): void {
  setPageHeaders(response);
  response.redirect(303, location);
}
