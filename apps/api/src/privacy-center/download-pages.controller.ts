import { Body, Controller, Get, Logger, Param, Post, Query, Req } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request } from 'express';
import type { Writable } from 'node:stream';
import { z } from 'zod';
import { pipeline } from 'node:stream/promises';
import { DomainError } from '@rightsdesk/domain';
import {
  ConfirmDownloadCodeUseCase,
  DownloadState,
  DownloadStateQuery,
  IssueDownloadCodeUseCase,
  OpenPackageDownloadUseCase,
  OpenedDownload,
} from '@rightsdesk/fulfilment';
import { DataSubjectRequest } from '@rightsdesk/persistence';
import { PageContext, cookiesOf } from '../web/page-context';
import { FormPost } from '../web/form-post.decorator';
import { Page, Pages } from '../web/page.decorator';
import { parsePageForm } from '../web/page-form';
import { Messages } from './i18n/messages';
import { page, pageFile, pageRedirect } from '../web/page-response';
import { Reply } from '../web/reply';
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
    @Page() context: PageContext,
  ): Promise<Reply> {
    const found = await this.pages.request(token);
    const state = await this.downloads.state(found.id, cookiesOf(request)[GRANT_COOKIE]);
    if (state.kind !== 'ready') return this.notReady(context, found, token, state);
    const notice = sent === '1' && state.codeOpen ? context.t.download.sent : undefined;
    return this.downloadPage(context, found, token, state, { notice });
  }

  @Post('code')
  @FormPost('verifyFromIp')
  async sendCode(
    @Param('statusToken') token: string,
    @Page() context: PageContext,
  ): Promise<Reply> {
    const found = await this.pages.request(token);
    const state = await this.downloads.state(found.id);
    if (state.kind !== 'ready') return this.notReady(context, found, token, state);
    await this.issue.execute(found.id);
    return pageRedirect(`${downloadPath(token)}?sent=1`);
  }

  @Post()
  @FormPost('verifyFromIp')
  async enterCode(
    @Param('statusToken') token: string,
    @Body('code') raw: unknown,
    @Page() context: PageContext,
  ): Promise<Reply> {
    const found = await this.pages.request(token);
    const state = await this.downloads.state(found.id);
    if (state.kind !== 'ready') return this.notReady(context, found, token, state);
    // People paste codes with spaces ("123 456"); the digits are what count.
    const code = typeof raw === 'string' ? raw.replace(/\s/g, '') : '';
    const d = context.t.download;
    const form = parsePageForm(codeForm(context.t), { code });
    if (!form.ok) {
      return this.downloadPage(context, found, token, state, { errors: form.errors, code }, 400);
    }
    const outcome = await this.confirm.execute(found.id, code);
    if (outcome.kind === 'granted') {
      return pageRedirect(downloadPath(token)).withCookie(GRANT_COOKIE, outcome.grantToken, {
        httpOnly: true,
        sameSite: 'strict',
        secure: this.settings.secureCookies,
        path: downloadPath(token),
        expires: outcome.grantExpiresAt,
      });
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
    const status = outcome.kind === 'wrong' ? 400 : 410;
    return this.downloadPage(context, found, token, shown, { errors, code }, status);
  }

  @Get('file')
  async file(
    @Param('statusToken') token: string,
    @Req() request: Request,
    @Page() context: PageContext,
  ): Promise<Reply> {
    const found = await this.pages.request(token);
    const state = await this.downloads.state(found.id);
    if (state.kind !== 'ready') return this.notReady(context, found, token, state);
    let opened;
    try {
      opened = await this.open.execute(found.id, cookiesOf(request)[GRANT_COOKIE]);
    } catch (error) {
      // No grant, or an old one: the download page asks for a code.
      if (error instanceof DomainError && error.code === 'unauthenticated') {
        return pageRedirect(downloadPath(token));
      }
      throw error;
    }
    return pageFile((out) => this.send(found.id, opened, out), {
      contentType: opened.contentType,
      fileName: opened.fileName,
      headers: { 'Content-Length': String(opened.byteSize) },
    });
  }

  /** Streams the package as it is decrypted, then records how much of it went out. */
  private async send(requestId: string, opened: OpenedDownload, out: Writable): Promise<void> {
    let sent = 0;
    opened.body.on('data', (chunk: Buffer) => {
      sent += chunk.length;
    });
    let completed = true;
    try {
      await pipeline(opened.body, out);
    } catch (error) {
      completed = false;
      this.logger.warn(`download of request ${requestId} interrupted: ${(error as Error).message}`);
    }
    await opened.finish(sent, completed).catch((error: unknown) => {
      this.logger.error(`download of request ${requestId} not recorded: ${String(error)}`);
    });
  }

  private notReady(
    context: PageContext,
    found: DataSubjectRequest,
    token: string,
    state: DownloadState,
  ): Reply {
    if (state.kind === 'gone') {
      const vm = { statusToken: token, reference: found.reference };
      return page(downloadGonePage(vm, context.t), { status: 410 });
    }
    return pageRedirect(statusPath(token));
  }

  private downloadPage(
    context: PageContext,
    found: DataSubjectRequest,
    token: string,
    state: Extract<DownloadState, { kind: 'ready' }>,
    extra: { notice?: string; errors?: FieldError[]; code?: string },
    status = 200,
  ): Reply {
    const settings = this.downloads.settings;
    const vm: DownloadViewModel = {
      statusToken: token,
      reference: found.reference,
      csrfToken: context.csrfToken,
      availableUntil: dayInWords(state.availableUntil, context.language, this.settings.timeZone),
      codeMinutes: settings.codeMinutes,
      grantMinutes: settings.grantMinutes,
      granted: state.granted,
      codeOpen: state.codeOpen,
      notice: extra.notice,
      errors: extra.errors,
      values: extra.code ? { code: extra.code } : undefined,
    };
    return page(downloadPage(vm, context.t), { status });
  }
}
