import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import { DomainError, LANGUAGES, Language } from '@rightsdesk/domain';
import { dictionaryFor } from '../privacy-center/i18n/dictionaries';
import { Messages } from '../privacy-center/i18n/messages';
import { resolveLanguage } from '../privacy-center/i18n/resolve-language';

const LANGUAGE_COOKIE = 'rd_lang';
const CSRF_COOKIE = 'rd_csrf';
const CSRF_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** What every page needs about the person's browser: their language and a form token. */
export interface PageContext {
  t: Messages;
  language: Language;
  csrfToken: string;
}

/** The cookies of a request; Express parses none by itself and these pages need only two. */
export function cookiesOf(request: Request): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0) cookies[part.slice(0, at).trim()] = part.slice(at + 1).trim();
  }
  return cookies;
}

function explicitLanguage(request: Request): string | undefined {
  const fromQuery = request.query.lang;
  const fromForm = (request.body as Record<string, unknown> | undefined)?.lang;
  if (typeof fromQuery === 'string') return fromQuery;
  return typeof fromForm === 'string' ? fromForm : undefined;
}

/** The page language: `?lang=` (or the form's hidden lang), then the cookie, then the browser. */
export function pageLanguage(request: Request): Language {
  return resolveLanguage(
    explicitLanguage(request),
    cookiesOf(request)[LANGUAGE_COOKIE],
    request.headers['accept-language'],
  );
}

/**
 * Resolves the language (remembering an explicit choice in a cookie) and the form token: a
 * random value kept in an HttpOnly SameSite cookie and repeated in every form (double submit),
 * so another site cannot post a form here in the person's name.
 */
export function pageContext(request: Request, response: Response, secure: boolean): PageContext {
  const cookies = cookiesOf(request);
  const language = pageLanguage(request);
  const options = { httpOnly: true, sameSite: 'lax' as const, secure, path: '/' };
  const chosen = explicitLanguage(request);
  if (chosen && LANGUAGES.some((lang) => lang === chosen) && cookies[LANGUAGE_COOKIE] !== chosen) {
    response.cookie(LANGUAGE_COOKIE, language, { ...options, maxAge: 365 * 24 * 3600_000 });
  }
  let csrfToken = cookies[CSRF_COOKIE];
  if (!csrfToken || !CSRF_PATTERN.test(csrfToken)) {
    csrfToken = randomBytes(32).toString('base64url');
    response.cookie(CSRF_COOKIE, csrfToken, options);
  }
  return { t: dictionaryFor(language), language, csrfToken };
}

/** Whether a form post carries the token of its cookie (not a forged or stale form). */
export function formTokenMatches(request: Request): boolean {
  const sent = (request.body as Record<string, unknown> | undefined)?._csrf;
  const expected = cookiesOf(request)[CSRF_COOKIE];
  if (typeof sent !== 'string' || expected === undefined) return false;
  // Compared as bytes, lengths first: a token with multibyte characters can have as many
  // characters as the cookie's but not as many bytes, and timingSafeEqual throws on that.
  const sentBytes = Buffer.from(sent);
  const expectedBytes = Buffer.from(expected);
  return sentBytes.length === expectedBytes.length && timingSafeEqual(sentBytes, expectedBytes);
}

/** Refuses a form post whose token does not match the cookie (a forged or stale form). */
export function checkFormToken(request: Request): void {
  if (!formTokenMatches(request)) {
    throw new DomainError('invalid_input', 'The form token is missing or does not match.');
  }
}
