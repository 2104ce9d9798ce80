import type { Response } from 'express';
import { PRIVACY_CENTER_CSP } from './content-security-policy';
import { SafeHtml } from '@rightsdesk/html';

export interface PageOptions {
  status?: number;
  /**
   * `no-store` for pages reached through a secret (status and verify tokens) or holding a form
   * token; `private, no-cache` for public pages, which a browser may keep but must check again.
   */
  cache?: 'no-store' | 'private, no-cache';
}

/** Headers every privacy-center response carries; the token is in the URL, so no referrer. */
export function setPageHeaders(response: Response, cache: PageOptions['cache'] = 'no-store'): void {
  response.setHeader('Content-Security-Policy', PRIVACY_CENTER_CSP);
  response.setHeader('Referrer-Policy', 'no-referrer');
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('X-Frame-Options', 'DENY');
  response.setHeader('Cache-Control', cache);
  if (cache !== 'no-store') response.setHeader('Vary', 'Accept-Language, Cookie');
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
