import { Controller, Get, Inject, Post, Query, Req } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request } from 'express';
import {
  STAFF_SESSION_COOKIE,
  SignInOutcome,
  SignInUseCase,
  StaffPrincipal,
  StaffSessions,
  StaffSettings,
  durationInWords,
} from '@rightsdesk/staff';
import { PageContext, cookiesOf } from '../../web/page-context';
import { Page, PageOnDemand, Pages } from '../../web/page.decorator';
import { CurrentStaff, StaffPage } from '../console-access';
import {
  SECOND_STEP_COOKIE,
  SECOND_STEP_MAX_AGE_MS,
  safeNext,
  secondStepCookie,
  sessionCookie,
} from '../../web/console-cookies';
import { FlashOnDemand, consolePage, consoleRedirect } from '../../web/console-response';
import { Reply } from '../../web/reply';
import { FormExpired, SignedOutFormPost } from '../../web/signed-out-form-post.decorator';
import { STAFF_SETTINGS } from '../console-settings';
import { ConsoleFlash } from '../views/console-layout';
import { WRONG_CREDENTIALS, signInCodeForm, signInForm } from './sign-in.forms';
import { signInCodePage, signInPage } from './views/sign-in.page';
import { parsePageForm, FormBody, formText } from '../../web/page-form';
import { say } from '../i18n/console-words';

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
    @Inject(STAFF_SETTINGS) private readonly settings: StaffSettings,
  ) {}

  @Get('sign-in')
  async showSignIn(
    @Query('next') next: unknown,
    @Req() request: Request,
    @PageOnDemand() page: () => PageContext,
    @FlashOnDemand() flash: () => ConsoleFlash | undefined,
  ): Promise<Reply> {
    const target = safeNext(next);
    if (await this.sessions.authenticate(cookiesOf(request)[STAFF_SESSION_COOKIE])) {
      return consoleRedirect(target);
    }
    const { csrfToken } = page();
    return consolePage(signInPage({ formToken: csrfToken, next: target, flash: flash() }));
  }

  @Post('sign-in')
  @SignedOutFormPost('signInFromIp')
  async submitSignIn(
    @Req() request: Request,
    @Page() { csrfToken }: PageContext,
    @FormExpired() expired: boolean,
  ): Promise<Reply> {
    const body = request.body as FormBody;
    const next = safeNext(body?.next);
    if (expired) return this.expiredPage(csrfToken, next);
    const email = formText(body, 'email').trim();
    const form = parsePageForm(signInForm, {
      email,
      password: formText(body, 'password'),
    });
    if (!form.ok) {
      const errors = form.errors;
      return consolePage(signInPage({ formToken: csrfToken, next, email, errors }), 400);
    }
    const outcome = await this.signIn.withPassword(form.data.email, form.data.password);
    return this.answer(outcome, { formToken: csrfToken, next, email });
  }

  @Get('sign-in/code')
  showCode(
    @Query('next') next: unknown,
    @Req() request: Request,
    @Page() { csrfToken }: PageContext,
  ): Reply {
    if (!cookiesOf(request)[SECOND_STEP_COOKIE]) {
      return consoleRedirect(`/console/sign-in?next=${encodeURIComponent(safeNext(next))}`);
    }
    return consolePage(signInCodePage({ formToken: csrfToken, next: safeNext(next) }));
  }

  @Post('sign-in/code')
  @SignedOutFormPost('signInFromIp')
  async submitCode(
    @Req() request: Request,
    @Page() { csrfToken }: PageContext,
    @FormExpired() expired: boolean,
  ): Promise<Reply> {
    const body = request.body as FormBody;
    const next = safeNext(body?.next);
    if (expired) return this.expiredPage(csrfToken, next);
    const form = parsePageForm(signInCodeForm, { code: formText(body, 'code').replace(/\s/g, '') });
    if (!form.ok) {
      const errors = form.errors;
      return consolePage(signInCodePage({ formToken: csrfToken, next, errors }), 400);
    }
    const outcome = await this.signIn.withCode(
      cookiesOf(request)[SECOND_STEP_COOKIE],
      form.data.code,
    );
    return this.answer(outcome, { formToken: csrfToken, next });
  }

  @Post('sign-out')
  @StaffPage()
  async signOut(@CurrentStaff() staff: StaffPrincipal): Promise<Reply> {
    await this.sessions.signOut(staff);
    return consoleRedirect('/console/sign-in', {
      kind: 'success',
      text: say('signIn.signedOut'),
    }).clearingCookie(STAFF_SESSION_COOKIE, sessionCookie(this.settings));
  }

  @Post('sign-out-everywhere')
  @StaffPage()
  async signOutEverywhere(@CurrentStaff() staff: StaffPrincipal): Promise<Reply> {
    const ended = await this.sessions.signOutEverywhere(staff);
    return consoleRedirect('/console/sign-in', {
      kind: 'success',
      text: say('signIn.signedOutEverywhere', { count: ended }),
    }).clearingCookie(STAFF_SESSION_COOKIE, sessionCookie(this.settings));
  }

  private answer(
    outcome: SignInOutcome,
    form: { formToken: string; next: string; email?: string },
  ): Reply {
    const secondStep = secondStepCookie(this.settings);
    switch (outcome.kind) {
      case 'signed_in':
        return consoleRedirect(form.next)
          .clearingCookie(SECOND_STEP_COOKIE, secondStep)
          .withCookie(STAFF_SESSION_COOKIE, outcome.token, sessionCookie(this.settings));
      case 'second_factor':
        return consoleRedirect(
          `/console/sign-in/code?next=${encodeURIComponent(form.next)}`,
        ).withCookie(SECOND_STEP_COOKIE, outcome.challenge, {
          ...secondStep,
          maxAge: SECOND_STEP_MAX_AGE_MS,
        });
      case 'refused': {
        const field = form.email === undefined ? 'code' : 'password';
        const message = field === 'code' ? say('form.error.codeWrongOrUsed') : WRONG_CREDENTIALS;
        const errors = [{ field, message }];
        const page =
          field === 'code' ? signInCodePage({ ...form, errors }) : signInPage({ ...form, errors });
        return consolePage(page, 401);
      }
      case 'locked': {
        const errors = [
          {
            field: 'email',
            message: say('signIn.error.locked', {
              duration: durationInWords(outcome.retryAfterSeconds),
            }),
          },
        ];
        const page = signInPage({ ...form, errors });
        return consolePage(page, 429, {
          'Retry-After': String(outcome.retryAfterSeconds),
        }).clearingCookie(SECOND_STEP_COOKIE, secondStep);
      }
      case 'challenge_expired':
        return consoleRedirect(`/console/sign-in?next=${encodeURIComponent(form.next)}`, {
          kind: 'error',
          text: say('signIn.codeTimedOut'),
        }).clearingCookie(SECOND_STEP_COOKIE, secondStep);
    }
  }

  private expiredPage(formToken: string, next: string): Reply {
    const errors = [{ field: 'email', message: say('form.error.expired') }];
    return consolePage(signInPage({ formToken, next, errors }), 403);
  }
}
