import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request, Response } from 'express';
import { cookiesOf } from './page-context';
import { CONSOLE_CSP } from './console-content-security-policy';
import { ConsoleFlash } from '../console/views/console-layout';
import { SafeHtml } from '@rightsdesk/html';
import { HtmlReply, RedirectReply } from './reply';

const FLASH_COOKIE = 'rd_flash';

/** Headers of every console response: strict CSP, never cached, never framed, no referrer. */
export const CONSOLE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONSOLE_CSP,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  // Staff pages show personal data: no browser or proxy may keep a copy.
  'Cache-Control': 'no-store',
};

/** A console page, as a handler's answer; `headers` adds to the console's (say, Retry-After). */
export function consolePage(
  page: SafeHtml,
  status = 200,
  headers: Readonly<Record<string, string>> = {},
): HtmlReply {
  return new HtmlReply(page, status, { ...CONSOLE_HEADERS, ...headers });
}

/**
 * Post/redirect/get from a console form, as a handler's answer, with an optional message for the
 * next page ("Role changed."), carried in a short-lived HttpOnly cookie so a reload neither
 * re-posts the form nor repeats the message.
 */
export function consoleRedirect(location: string, flash?: ConsoleFlash): RedirectReply {
  const reply = new RedirectReply(location, CONSOLE_HEADERS);
  if (!flash) return reply;
  const value = Buffer.from(JSON.stringify(flash).slice(0, 1500)).toString('base64url');
  return reply.withCookie(FLASH_COOKIE, value, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/console',
    maxAge: 60_000,
  });
}

/** The message left by the previous redirect, if any, taken (read once) for this page. */
export const Flash = createParamDecorator(
  (_data: unknown, context: ExecutionContext): ConsoleFlash | undefined =>
    takeFlash(
      context.switchToHttp().getRequest<Request>(),
      context.switchToHttp().getResponse<Response>(),
    ),
);

/**
 * The message left by the previous redirect, taken only when the handler asks: a page that may
 * redirect first (the sign-in page, when already signed in) leaves it for the next page.
 */
export const FlashOnDemand = createParamDecorator(
  (_data: unknown, context: ExecutionContext): (() => ConsoleFlash | undefined) => {
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    return () => takeFlash(request, response);
  },
);

/** The message left by the previous redirect, if any; read once. */
export function takeFlash(request: Request, response: Response): ConsoleFlash | undefined {
  const raw = cookiesOf(request)[FLASH_COOKIE];
  if (!raw) return undefined;
  response.clearCookie(FLASH_COOKIE, { path: '/console' });
  try {
    const parsed = JSON.parse(
      Buffer.from(raw, 'base64url').toString('utf8'),
    ) as Partial<ConsoleFlash>;
    if ((parsed.kind === 'success' || parsed.kind === 'error') && typeof parsed.text === 'string') {
      return { kind: parsed.kind, text: parsed.text };
    }
  } catch {
    // A damaged cookie is simply no message.
  }
  return undefined;
}
