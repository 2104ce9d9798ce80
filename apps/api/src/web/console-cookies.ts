import type { CookieOptions } from 'express';
import { StaffSettings } from '@rightsdesk/staff';

export const SECOND_STEP_COOKIE = 'rd_staff_2fa';

/**
 * The session cookie: HttpOnly (no script can read it), SameSite=Lax (another site's forms
 * and fetches do not carry it), Secure over https, and a session cookie in the browser's sense
 * (no Max-Age): the server ends it at the idle or absolute limit anyway. The same options clear it.
 */
export function sessionCookie(settings: StaffSettings): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure: settings.secureCookies, path: '/' };
}

/**
 * Proof that the password step passed, for the code step only: these options clear it; it is
 * set with SECOND_STEP_MAX_AGE_MS on top (five minutes; the challenge itself is signed).
 */
export function secondStepCookie(settings: StaffSettings): CookieOptions {
  return {
    httpOnly: true,
    sameSite: 'strict',
    secure: settings.secureCookies,
    path: '/console/sign-in',
  };
}

export const SECOND_STEP_MAX_AGE_MS = 5 * 60_000;

/** Only a console path may be the place to return to after signing in (no open redirect). */
export function safeNext(next: unknown): string {
  if (typeof next !== 'string') return '/console';
  return /^\/console(?:[/?][^\s\\]*)?$/.test(next) && !next.startsWith('//') ? next : '/console';
}
