import { Controller, Get, Param, Post, Req } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request } from 'express';
import { StaffPasswordLinks } from '@rightsdesk/staff';
import { PageContext } from '../../web/page-context';
import { Page, Pages } from '../../web/page.decorator';
import { consolePage, consoleRedirect } from '../../web/console-response';
import { Reply } from '../../web/reply';
import { parsePageForm, FormBody, formText } from '../../web/page-form';
import { FormExpired, SignedOutFormPost } from '../../web/signed-out-form-post.decorator';
import { choosePasswordForm, forgotPasswordForm } from './password.forms';
import {
  choosePasswordPage,
  forgotPasswordPage,
  linkNotValidPage,
  resetRequestedPage,
} from './views/password.page';
import { say } from '../i18n/console-words';

const EXPIRED = say('form.error.expired');

/** Forgotten passwords and invitation links (no session: the double-submit form token). */
@ApiExcludeController()
@Pages()
@Controller('console/password')
export class PasswordPagesController {
  constructor(private readonly links: StaffPasswordLinks) {}

  @Get('forgot')
  showForgot(@Page() { csrfToken }: PageContext): Reply {
    return consolePage(forgotPasswordPage({ formToken: csrfToken }));
  }

  @Post('forgot')
  @SignedOutFormPost('signInFromIp')
  async forgot(
    @Req() request: Request,
    @Page() { csrfToken }: PageContext,
    @FormExpired() expired: boolean,
  ): Promise<Reply> {
    const email = formText(request.body as FormBody, 'email').trim();
    if (expired) {
      const errors = [{ field: 'email', message: EXPIRED }];
      return consolePage(forgotPasswordPage({ formToken: csrfToken, email, errors }), 403);
    }
    const form = parsePageForm(forgotPasswordForm, { email });
    if (!form.ok) {
      const errors = form.errors;
      return consolePage(forgotPasswordPage({ formToken: csrfToken, email, errors }), 400);
    }
    await this.links.requestReset(form.data.email);
    return consoleRedirect('/console/password/sent');
  }

  @Get('sent')
  sent(): Reply {
    return consolePage(resetRequestedPage());
  }

  @Get('reset/:token')
  async showReset(
    @Param('token') token: string,
    @Req() request: Request,
    @Page() { csrfToken }: PageContext,
  ): Promise<Reply> {
    const opened = await this.links.open(token);
    if (!opened) return consolePage(linkNotValidPage(), 410);
    return consolePage(
      choosePasswordPage({
        formToken: csrfToken,
        token,
        purpose: opened.purpose,
        name: opened.user.name,
        email: opened.user.email,
      }),
    );
  }

  @Post('reset/:token')
  @SignedOutFormPost()
  async reset(
    @Param('token') token: string,
    @Req() request: Request,
    @Page() { csrfToken }: PageContext,
    @FormExpired() expired: boolean,
  ): Promise<Reply> {
    // A dead link says so (410) before a stale form does (403).
    const opened = await this.links.open(token);
    if (!opened) return consolePage(linkNotValidPage(), 410);
    const form = {
      formToken: csrfToken,
      token,
      purpose: opened.purpose,
      name: opened.user.name,
      email: opened.user.email,
    };
    if (expired) {
      return consolePage(
        choosePasswordPage({ ...form, errors: [{ field: 'password', message: EXPIRED }] }),
        403,
      );
    }
    const body = request.body as FormBody;
    const chosen = parsePageForm(choosePasswordForm, {
      password: formText(body, 'password'),
      confirm: formText(body, 'confirm'),
    });
    if (!chosen.ok) {
      return consolePage(choosePasswordPage({ ...form, errors: chosen.errors }), 400);
    }
    const outcome = await this.links.setPassword(token, chosen.data.password);
    if (outcome.kind === 'invalid') return consolePage(linkNotValidPage(), 410);
    if (outcome.kind === 'weak') {
      const errors = [{ field: 'password', message: outcome.message }];
      return consolePage(choosePasswordPage({ ...form, errors }), 400);
    }
    return consoleRedirect('/console/sign-in', {
      kind: 'success',
      text: outcome.purpose === 'invite' ? say('password.set') : say('password.changed'),
    });
  }
}
