import { Controller, Get, Logger, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { pipeline } from 'node:stream/promises';
import { DomainError } from '@rightsdesk/domain';
import {
  ConfirmDownloadCodeUseCase,
  DownloadState,
  DownloadStateQuery,
  IssueDownloadCodeUseCase,
  OpenPackageDownloadUseCase,
} from '@rightsdesk/fulfilment';
import { DataSubjectRequest } from '@rightsdesk/persistence';
import { PageContext, cookiesOf } from '../web/page-context';
import { FormPost } from '../web/form-post.decorator';
import { Page, Pages } from '../web/page.decorator';
import { parsePageForm } from '../web/page-form';
import { Messages } from './i18n/messages';
import { seeOther, sendPage, setPageHeaders } from '../web/page-response';
import { PrivacyCenterSettings } from './privacy-center.settings';
import { TokenPagesQuery } from './token-pages.query';
import { dayInWords } from './views/date-words';
import {
  DownloadViewModel,
  SEND_CODE_FIELD,
  downloadGonePage,
  downloadPage,
  downloadPath,
} from './views/download.page';
import { FieldError } from './views/form-state';

const GRANT_COOKIE = 'rd_download';
const codeForm = (t: Messages) =>
  z.object({ code: z.string().regex(/^\d{6}$/, t.validation.code) });
const statusPath = (token: string) => `/status/${encodeURIComponent(token)}`;

/**
 * Downloading an access package: the status page links here once it is ready. A fresh emailed
 * code (hashed, expiring, limited tries) opens a short grant kept in an HttpOnly cookie scoped to
 * this path; the file is decrypted as it streams out, and every download is recorded.
 */
@ApiExcludeController()
@Pages()
@Controller('status/:statusToken/download')
export class DownloadPagesController {
  private readonly logger = new Logger('downloads');

  constructor(
    private readonly settings: PrivacyCenterSettings,
    private readonly pages: TokenPagesQuery,
    private readonly downloads: DownloadStateQuery,
    private readonly issue: IssueDownloadCodeUseCase,
    private readonly confirm: ConfirmDownloadCodeUseCase,
    private readonly open: OpenPackageDownloadUseCase,
  ) {}

  @Get()
  async show(
    @Param('statusToken') token: string,
    @Query('sent') sent: string | undefined,
    @Req() request: Request,
    @Res() response: Response,
    @Page() page: PageContext,
  ): Promise<void> {
    const found = await this.pages.request(token);
    const state = await this.downloads.state(found.id, cookiesOf(request)[GRANT_COOKIE]);
    if (state.kind !== 'ready') return this.notReady(response, page, found, token, state);
    const notice = sent === '1' && state.codeOpen ? page.t.download.sent : undefined;
    this.render(response, page, found, token, state, { notice });
  }

  @Post('code')
  @FormPost('verifyFromIp')
  async sendCode(
    @Param('statusToken') token: string,
    @Req() request: Request,
    @Res() response: Response,
    @Page() page: PageContext,
  ): Promise<void> {
    const found = await this.pages.request(token);
    const state = await this.downloads.state(found.id);
    if (state.kind !== 'ready') return this.notReady(response, page, found, token, state);
    await this.issue.execute(found.id);
    seeOther(response, `${downloadPath(token)}?sent=1`);
  }

  @Post()
  @FormPost('verifyFromIp')
  async enterCode(
    @Param('statusToken') token: string,
    @Req() request: Request,
    @Res() response: Response,
    @Page() page: PageContext,
  ): Promise<void> {
    const found = await this.pages.request(token);
    const state = await this.downloads.state(found.id);
    if (state.kind !== 'ready') return this.notReady(response, page, found, token, state);
    const raw = (request.body as Record<string, unknown> | undefined)?.code;
    // People paste codes with spaces ("123 456"); the digits are what count.
    const code = typeof raw === 'string' ? raw.replace(/\s/g, '') : '';
    const d = page.t.download;
    const form = parsePageForm(codeForm(page.t), { code });
    if (!form.ok) {
      return this.render(response, page, found, token, state, { errors: form.errors, code }, 400);
    }
    const outcome = await this.confirm.execute(found.id, code);
    if (outcome.kind === 'granted') {
      response.cookie(GRANT_COOKIE, outcome.grantToken, {
        httpOnly: true,
        sameSite: 'strict',
        secure: this.settings.secureCookies,
        path: downloadPath(token),
        expires: outcome.grantExpiresAt,
      });
      return seeOther(response, downloadPath(token));
    }
    const errors: FieldError[] =
      outcome.kind === 'wrong'
        ? [{ field: 'code', message: d.wrongCode(outcome.attemptsLeft) }]
        : [
            {
              field: SEND_CODE_FIELD,
              message: outcome.kind === 'expired' ? d.expiredCode : d.tooManyAttempts,
            },
          ];
    // The refusal may have closed the code: show the page as it now stands.
    const after = await this.downloads.state(found.id);
    const shown = after.kind === 'ready' ? after : state;
    this.render(
      response,
      page,
      found,
      token,
      shown,
      { errors, code },
      outcome.kind === 'wrong' ? 400 : 410,
    );
  }

  @Get('file')
  async file(
    @Param('statusToken') token: string,
    @Req() request: Request,
    @Res() response: Response,
    @Page() page: PageContext,
  ): Promise<void> {
    const found = await this.pages.request(token);
    const state = await this.downloads.state(found.id);
    if (state.kind !== 'ready') return this.notReady(response, page, found, token, state);
    let opened;
    try {
      opened = await this.open.execute(found.id, cookiesOf(request)[GRANT_COOKIE]);
    } catch (error) {
      // No grant, or an old one: the download page asks for a code.
      if (error instanceof DomainError && error.code === 'unauthenticated') {
        return seeOther(response, downloadPath(token));
      }
      throw error;
    }
    setPageHeaders(response);
    response.setHeader('Content-Type', opened.contentType);
    response.setHeader('Content-Length', String(opened.byteSize));
    response.setHeader('Content-Disposition', `attachment; filename="${opened.fileName}"`);
    let sent = 0;
    opened.body.on('data', (chunk: Buffer) => {
      sent += chunk.length;
    });
    let completed = true;
    try {
      await pipeline(opened.body, response);
    } catch (error) {
      completed = false;
      this.logger.warn(`download of request ${found.id} interrupted: ${(error as Error).message}`);
    }
    await opened.finish(sent, completed).catch((error: unknown) => {
      this.logger.error(`download of request ${found.id} not recorded: ${String(error)}`);
    });
  }

  private notReady(
    response: Response,
    page: PageContext,
    found: DataSubjectRequest,
    token: string,
    state: DownloadState,
  ): void {
    if (state.kind === 'gone') {
      const vm = { statusToken: token, reference: found.reference };
      return sendPage(response, downloadGonePage(vm, page.t), { status: 410 });
    }
    seeOther(response, statusPath(token));
  }

  private render(
    response: Response,
    page: PageContext,
    found: DataSubjectRequest,
    token: string,
    state: Extract<DownloadState, { kind: 'ready' }>,
    extra: { notice?: string; errors?: FieldError[]; code?: string },
    status = 200,
  ): void {
    const settings = this.downloads.settings;
    const vm: DownloadViewModel = {
      statusToken: token,
      reference: found.reference,
      csrfToken: page.csrfToken,
      availableUntil: dayInWords(state.availableUntil, page.language, this.settings.timeZone),
      codeMinutes: settings.codeMinutes,
      grantMinutes: settings.grantMinutes,
      granted: state.granted,
      codeOpen: state.codeOpen,
      notice: extra.notice,
      errors: extra.errors,
      values: extra.code ? { code: extra.code } : undefined,
    };
    sendPage(response, downloadPage(vm, page.t), { status });
  }
}
