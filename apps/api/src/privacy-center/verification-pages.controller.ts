import { Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { DomainError } from '@rightsdesk/domain';
import { ConfirmVerificationUseCase } from '@rightsdesk/intake';
import { DataSubjectRequest } from '@rightsdesk/persistence';
import { IssueVerificationUseCase } from '@rightsdesk/verification';
import { PageContext } from '../web/page-context';
import { FormPost } from '../web/form-post.decorator';
import { Page, Pages } from '../web/page.decorator';
import { seeOther, sendPage } from '../web/page-response';
import { TokenPagesQuery } from './token-pages.query';
import { verificationFormInput } from './verification-form.input';
import { verifyViewModel } from './verify-page.model';
import { FieldError, FormValues } from './views/form-state';
import { RESEND_FIELD, verifyPage } from './views/verify.page';

const statusPath = (token: string) => `/status/${encodeURIComponent(token)}`;
const verifyPath = (token: string) => `/verify/${encodeURIComponent(token)}`;

/** Proving identity with the emailed code (and extra details when the request's tier needs them). */
@ApiExcludeController()
@Pages()
@Controller('verify')
export class VerificationPagesController {
  constructor(
    private readonly pages: TokenPagesQuery,
    private readonly confirm: ConfirmVerificationUseCase,
    private readonly issue: IssueVerificationUseCase,
  ) {}

  @Get(':statusToken')
  async show(
    @Param('statusToken') token: string,
    @Query('sent') sent: string | undefined,
    @Req() request: Request,
    @Res() response: Response,
    @Page() page: PageContext,
  ): Promise<void> {
    const found = await this.pages.request(token);
    if (found.status !== 'pending_verification') return seeOther(response, statusPath(token));
    const notice = sent === '1' ? page.t.verify.resent : undefined;
    this.render(response, page, found, token, { notice });
  }

  @Post(':statusToken')
  @FormPost('verifyFromIp')
  async verify(
    @Param('statusToken') token: string,
    @Req() request: Request,
    @Res() response: Response,
    @Page() page: PageContext,
  ): Promise<void> {
    const found = await this.pages.request(token);
    if (found.status !== 'pending_verification') return seeOther(response, statusPath(token));
    const body = (request.body ?? {}) as FormValues;
    const askCode = verifyViewModel(found, { statusToken: token, ...page }).askCode;
    const { answer, errors } = verificationFormInput(body, askCode, page.t);
    if (errors.length > 0) return this.render(response, page, found, token, { errors, body }, 400);
    try {
      const result = await this.confirm.execute(found.id, answer);
      // Still waiting means the code was right but the tier needs more: the page says what.
      const next = result.status === 'pending_verification' ? verifyPath(token) : statusPath(token);
      seeOther(response, next);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      if (error.code !== 'invalid_input' && error.code !== 'gone') throw error;
      const { errors: codeErrors, status } = await this.codeProblem(found.id, page);
      this.render(response, page, found, token, { errors: codeErrors, body }, status);
    }
  }

  @Post(':statusToken/code')
  @FormPost('verifyFromIp')
  async resend(
    @Param('statusToken') token: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const found = await this.pages.request(token);
    if (found.status !== 'pending_verification') return seeOther(response, statusPath(token));
    await this.issue.execute(found.id);
    seeOther(response, `${verifyPath(token)}?sent=1`);
  }

  /** Why the code was refused, from the challenge itself: wrong (tries left), expired, or spent. */
  private async codeProblem(
    requestId: string,
    { t }: PageContext,
  ): Promise<{ errors: FieldError[]; status: number }> {
    const state = await this.pages.codeState(requestId);
    if (state.kind === 'open') {
      return {
        errors: [{ field: 'code', message: t.verify.wrongCode(state.attemptsLeft) }],
        status: 400,
      };
    }
    const message = state.kind === 'expired' ? t.verify.expired : t.verify.tooManyAttempts;
    return { errors: [{ field: RESEND_FIELD, message }], status: 410 };
  }

  private render(
    response: Response,
    page: PageContext,
    found: DataSubjectRequest,
    token: string,
    extra: { notice?: string; errors?: FieldError[]; body?: FormValues },
    status = 200,
  ): void {
    const { _csrf: _ignored, ...values } = extra.body ?? {};
    const vm = verifyViewModel(found, { statusToken: token, ...page, notice: extra.notice });
    sendPage(response, verifyPage({ ...vm, errors: extra.errors, values }, page.t), { status });
  }
}
