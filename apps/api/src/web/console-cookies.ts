import type { Response } from 'express';
import { STAFF_SESSION_COOKIE, StaffSettings } from '@rightsdesk/staff';

export const SECOND_STEP_COOKIE = 'rd_staff_2fa';

/**
 * The session cookie: HttpOnly (no script can read it), SameSite=Lax (another site's forms
 * and fetches do not carry it), Secure over https, and a session cookie in the browser's sense
 * (no Max-Age): the server ends it at the idle or absolute limit anyway.
 */
export function setSessionCookie(response: Response, token: string, settings: StaffSettings): void {
  response.cookie(STAFF_SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: settings.secureCookies,
    path: '/',
  });
}

export function clearSessionCookie(response: Response, settings: StaffSettings): void {
  response.clearCookie(STAFF_SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'lax',
    secure: settings.secureCookies,
    path: '/',
  });
}

/** Proof that the password step passed, for the code step only (five minutes, signed). */
export function setSecondStepCookie(
  response: Response,
  challenge: string,
  settings: StaffSettings,
): void {
  response.cookie(SECOND_STEP_COOKIE, challenge, {
    httpOnly: true,
    sameSite: 'strict',
    secure: settings.secureCookies,
    path: '/console/sign-in',
    maxAge: 5 * 60_000,
  });
}

export function clearSecondStepCookie(response: Response, settings: StaffSettings): void {
  response.clearCookie(SECOND_STEP_COOKIE, {
    httpOnly: true,
    sameSite: 'strict',
    secure: settings.secureCookies,
    path: '/console/sign-in',
  });
}

/** Only a console path may be the place to return to after signing in (no open redirect). */
export function safeNext(next: unknown): string {
  if (typeof next !== 'string') return '/console';
  return /^\/console(?:[/?][^\s\\]*)?$/.test(next) && !next.startsWith('//') ? next : '/console';
}
