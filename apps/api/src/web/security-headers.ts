import type { CookieOptions, NextFunction, Request, RequestHandler, Response } from 'express';

/** A year: long enough that a browser never falls back to http between visits (RFC 6797). */
const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * Swagger UI loads its own scripts and styles from this site and sets inline style attributes;
 * nothing else, and no page may frame it.
 */
export const API_DOCS_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

const API_PATHS = /^\/api\/v1(\/|$)/;
const DOCS_PATHS = /^\/api\/docs/;

/**
 * The headers every answer carries, set before any handler so no surface can forget them; a
 * handler may still set its own (a page's CSP, a public page's cache rule). Over https: HSTS, and
 * every cookie Secure, whoever sets it. API answers carry personal data (a review, a
 * correspondence copy, a status): no browser or proxy may keep them.
 */
export function securityHeaders(publicUrl: string): RequestHandler {
  const overHttps = publicUrl.startsWith('https:');
  return (request: Request, response: Response, next: NextFunction) => {
    response.setHeader('X-Content-Type-Options', 'nosniff');
    if (overHttps) {
      response.setHeader('Strict-Transport-Security', HSTS);
      const setCookie = response.cookie.bind(response);
      response.cookie = (name: string, value: unknown, options: CookieOptions = {}) =>
        setCookie(name, value, { ...options, secure: true });
    }
    if (API_PATHS.test(request.path)) response.setHeader('Cache-Control', 'no-store');
    if (DOCS_PATHS.test(request.path)) {
      response.setHeader('Content-Security-Policy', API_DOCS_CSP);
      response.setHeader('X-Frame-Options', 'DENY');
      response.setHeader('Referrer-Policy', 'no-referrer');
    }
    next();
  };
}
