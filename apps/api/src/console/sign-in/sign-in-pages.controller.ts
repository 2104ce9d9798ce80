import { Controller, Get, Inject, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import {
  STAFF_SESSION_COOKIE,
  SignInOutcome,
  SignInUseCase,
  StaffPrincipal,
  StaffSessions,
  StaffSettings,
  durationInWords,
} from '@rightsdesk/staff';
import { RequestRateLimits } from '../../web/request-rate-limits';
import { PageContext, cookiesOf, formTokenMatches } from '../../web/page-context';
import { Page, PageOnDemand, Pages } from '../../web/page.decorator';
import { CurrentStaff, StaffPage } from '../console-access';
import {
  SECOND_STEP_COOKIE,
  clearSecondStepCookie,
  clearSessionCookie,
  safeNext,
  setSecondStepCookie,
  setSessionCookie,
} from '../../web/console-cookies';
import { consoleSeeOther, sendConsolePage, takeFlash } from '../../web/console-response';
import { STAFF_SETTINGS } from '../console-settings';
import { WRONG_CREDENTIALS, signInCodeForm, signInForm } from './sign-in.forms';
import { signInCodePage, signInPage } from './views/sign-in.page';
import { parsePageForm } from '../../web/page-form';

type FormBody = Record<string, unknown> | undefined;
const text = (body: FormBody, name: string): string =>
  typeof body?.[name] === 'string' ? (body[name] as string) : '';

/**
 * Signing in and out. The sign-in forms carry the privacy center's double-submit token (there is
 * no session yet to bind one to), so another site cannot sign a browser in to its own account.
 */
@ApiExcludeController()
@Pages()
@Controller('console')
export class SignInPagesController {
  constructor(
    private readonly signIn: SignInUseCase,
    private readonly sessions: StaffSessions,
    private readonly limits: RequestRateLimits,
    @Inject(STAFF_SETTINGS) private readonly settings: StaffSettings,
  ) {}

  @Get('sign-in')
  async showSignIn(
    @Query('next') next: unknown,
    @Req() request: Request,
    @Res() response: Response,
    @PageOnDemand() page: () => PageContext,
  ): Promise<void> {
    const target = safeNext(next);
    if (await this.sessions.authenticate(cookiesOf(request)[STAFF_SESSION_COOKIE])) {
      return consoleSeeOther(response, target);
    }
    const { csrfToken } = page();
    const flash = takeFlash(request, response);
    sendConsolePage(response, signInPage({ formToken: csrfToken, next: target, flash }));
  }

  @Post('sign-in')
  async submitSignIn(
    @Req() request: Request,
    @Res() response: Response,
    @Page() { csrfToken }: PageContext,
  ): Promise<void> {
    const body = request.body as FormBody;
    const next = safeNext(body?.next);
    if (!formTokenMatches(request)) return this.expired(response, csrfToken, next);
    await this.limits.signInFromIp(request.ip ?? '');
    const email = text(body, 'email').trim();
    const form = parsePageForm(signInForm, {
      email,
      password: text(body, 'password'),
    });
    if (!form.ok) {
      const errors = form.errors;
      return sendConsolePage(
        response,
        signInPage({ formToken: csrfToken, next, email, errors }),
        400,
      );
    }
    const outcome = await this.signIn.withPassword(form.data.email, form.data.password);
    this.answer(response, outcome, { formToken: csrfToken, next, email });
  }

  @Get('sign-in/code')
  showCode(
    @Query('next') next: unknown,
    @Req() request: Request,
    @Res() response: Response,
    @Page() { csrfToken }: PageContext,
  ): void {
    if (!cookiesOf(request)[SECOND_STEP_COOKIE]) {
      return consoleSeeOther(
        response,
        `/console/sign-in?next=${encodeURIComponent(safeNext(next))}`,
      );
    }
    sendConsolePage(response, signInCodePage({ formToken: csrfToken, next: safeNext(next) }));
  }

  @Post('sign-in/code')
  async submitCode(
    @Req() request: Request,
    @Res() response: Response,
    @Page() { csrfToken }: PageContext,
  ): Promise<void> {
    const body = request.body as FormBody;
    const next = safeNext(body?.next);
    if (!formTokenMatches(request)) return this.expired(response, csrfToken, next);
    await this.limits.signInFromIp(request.ip ?? '');
    const form = parsePageForm(signInCodeForm, { code: text(body, 'code').replace(/\s/g, '') });
    if (!form.ok) {
      const errors = form.errors;
      return sendConsolePage(response, signInCodePage({ formToken: csrfToken, next, errors }), 400);
    }
    const outcome = await this.signIn.withCode(
      cookiesOf(request)[SECOND_STEP_COOKIE],
      form.data.code,
    );
    this.answer(response, outcome, { formToken: csrfToken, next });
  }

  @Post('sign-out')
  @StaffPage()
  async signOut(@CurrentStaff() staff: StaffPrincipal, @Res() response: Response): Promise<void> {
    await this.sessions.signOut(staff);
    clearSessionCookie(response, this.settings);
    consoleSeeOther(response, '/console/sign-in', {
      kind: 'success',
      text: 'You have signed out.',
    });
  }

  @Post('sign-out-everywhere')
  @StaffPage()
  async signOutEverywhere(
    @CurrentStaff() staff: StaffPrincipal,
    @Res() response: Response,
  ): Promise<void> {
    const ended = await this.sessions.signOutEverywhere(staff);
    clearSessionCookie(response, this.settings);
    consoleSeeOther(response, '/console/sign-in', {
      kind: 'success',
      text: `You have signed out everywhere (${ended} ${ended === 1 ? 'session' : 'sessions'} ended).`,
    });
  }

  private answer(
    response: Response,
    outcome: SignInOutcome,
    form: { formToken: string; next: string; email?: string },
  ): void {
    switch (outcome.kind) {
      case 'signed_in':
        clearSecondStepCookie(response, this.settings);
        setSessionCookie(response, outcome.token, this.settings);
        return consoleSeeOther(response, form.next);
      case 'second_factor':
        setSecondStepCookie(response, outcome.challenge, this.settings);
        return consoleSeeOther(
          response,
          `/console/sign-in/code?next=${encodeURIComponent(form.next)}`,
        );
      case 'refused': {
        const field = form.email === undefined ? 'code' : 'password';
        const message =
          field === 'code'
            ? 'That code is not right, or was already used. Try the current one.'
            : WRONG_CREDENTIALS;
        const errors = [{ field, message }];
        const page =
          field === 'code' ? signInCodePage({ ...form, errors }) : signInPage({ ...form, errors });
        return sendConsolePage(response, page, 401);
      }
      case 'locked': {
        clearSecondStepCookie(response, this.settings);
        response.setHeader('Retry-After', String(outcome.retryAfterSeconds));
        const errors = [
          {
            field: 'email',
            message: `Too many failed sign-ins: this account is locked for ${durationInWords(outcome.retryAfterSeconds)}. Try again after that, or reset your password.`,
          },
        ];
        return sendConsolePage(response, signInPage({ ...form, errors }), 429);
      }
      case 'challenge_expired':
        clearSecondStepCookie(response, this.settings);
        return consoleSeeOther(response, `/console/sign-in?next=${encodeURIComponent(form.next)}`, {
          kind: 'error',
          text: 'The time to enter your code ran out. Sign in again.',
        });
    }
  }

  private expired(response: Response, formToken: string, next: string): void {
    const errors = [
      { field: 'email', message: 'This form has expired; reload the page and try again.' },
    ];
    sendConsolePage(response, signInPage({ formToken, next, errors }), 403);
  }
}
