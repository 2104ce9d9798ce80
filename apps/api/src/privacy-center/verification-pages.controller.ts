import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { DomainError } from '@rightsdesk/domain';
import { ConfirmVerificationUseCase } from '@rightsdesk/intake';
import { DataSubjectRequest } from '@rightsdesk/persistence';
import { IssueVerificationUseCase } from '@rightsdesk/verification';
import { PageContext } from '../web/page-context';
import { FormPost } from '../web/form-post.decorator';
import { parsePageForm } from '../web/page-form';
import { Page, Pages } from '../web/page.decorator';
import { page, pageRedirect } from '../web/page-response';
import { Reply } from '../web/reply';
import { TokenPagesQuery } from './token-pages.query';
import { verificationForm } from './verification-form.input';
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
    @Page() context: PageContext,
  ): Promise<Reply> {
    const found = await this.pages.request(token);
    if (found.status !== 'pending_verification') return pageRedirect(statusPath(token));
    const byPost = (await this.pages.emailOf(found)) === '';
    const resent = byPost ? context.t.verify.resentPosted : context.t.verify.resent;
    return this.verifyPage(context, found, token, { notice: sent === '1' ? resent : undefined });
  }

  @Post(':statusToken')
  @FormPost('verifyFromIp')
  async verify(
    @Param('statusToken') token: string,
    @Body() posted: FormValues | undefined,
    @Page() context: PageContext,
  ): Promise<Reply> {
    const found = await this.pages.request(token);
    if (found.status !== 'pending_verification') return pageRedirect(statusPath(token));
    const body = posted ?? {};
    // The form asks for the code only until the email is confirmed; then the tier's details.
    const { askCode } = verifyViewModel(found, { statusToken: token, ...context });
    const form = parsePageForm(verificationForm(context.t, askCode), body);
    if (!form.ok) return this.verifyPage(context, found, token, { errors: form.errors, body }, 400);
    try {
      const result = await this.confirm.execute(found.id, form.data);
      // Still waiting means the code was right but the tier needs more: the page says what.
      return pageRedirect(
        result.status === 'pending_verification' ? verifyPath(token) : statusPath(token),
      );
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      if (error.code !== 'invalid_input' && error.code !== 'gone') throw error;
      const { errors, status } = await this.codeProblem(found.id, context);
      return this.verifyPage(context, found, token, { errors, body }, status);
    }
  }

  @Post(':statusToken/code')
  @FormPost('verifyFromIp')
  async resend(@Param('statusToken') token: string): Promise<Reply> {
    const found = await this.pages.request(token);
    if (found.status !== 'pending_verification') return pageRedirect(statusPath(token));
    await this.issue.execute(found.id);
    return pageRedirect(`${verifyPath(token)}?sent=1`);
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

  private async verifyPage(
    context: PageContext,
    found: DataSubjectRequest,
    token: string,
    extra: { notice?: string; errors?: FieldError[]; body?: FormValues },
    status = 200,
  ): Promise<Reply> {
    const { _csrf: _ignored, ...values } = extra.body ?? {};
    const vm = verifyViewModel(found, { statusToken: token, ...context, notice: extra.notice });
    // A person without email got their code in our letter: the page says so, not "emailed".
    const byPost = (await this.pages.emailOf(found)) === '';
    return page(verifyPage({ ...vm, byPost, errors: extra.errors, values }, context.t), {
      status,
    });
  }
}
