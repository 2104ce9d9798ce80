import { Body, Controller, Get, Param, Post, Req, UploadedFile } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { z } from 'zod';
import { privacyLaw } from '@rightsdesk/domain';
import {
  AppealRequestUseCase,
  INTAKE_DOCUMENT_MAX_BYTES,
  RecordPersonAnswerUseCase,
  intakeDocumentProblem,
} from '@rightsdesk/intake';
import { DataSubjectRequest } from '@rightsdesk/persistence';
import { FormPost } from '../web/form-post.decorator';
import { Upload, UploadRequest } from '../web/upload.interceptor';
import { UploadedDocument } from './agent-upload';
import { REPLY_FIELDS } from './views/reply-form.partial';
import { FieldError } from './views/form-state';
import { PageContext } from '../web/page-context';
import { Page, Pages } from '../web/page.decorator';
import { parsePageForm } from '../web/page-form';
import { Messages } from './i18n/messages';
import { page, pageRedirect } from '../web/page-response';
import { Reply } from '../web/reply';
import { StatusPageModels } from './status-page.models';
import { lawWordsFor } from './law-words';
import { TokenPagesQuery } from './token-pages.query';
import { appealPage } from './views/appeal.page';
import { requestSubmittedPage } from './views/request-submitted.page';
import { statusPage } from './views/status.page';

const APPEAL_REASON_MAX = 5000;
const appealForm = (t: Messages) =>
  z.object({
    reason: z
      .string()
      .trim()
      .min(1, t.validation.required)
      .max(APPEAL_REASON_MAX, t.validation.tooLong),
  });
const statusPath = (token: string) => `/status/${encodeURIComponent(token)}`;
const ANSWER_MAX = 5000;
const answerForm = (t: Messages) =>
  z.object({
    answer: z.string().trim().min(1, t.validation.required).max(ANSWER_MAX, t.validation.tooLong),
  });
/** One document with an answer; a bigger one is dropped and said to be too large. */
const ANSWER_UPLOAD = Upload(
  REPLY_FIELDS.document,
  {
    limits: {
      fileSize: INTAKE_DOCUMENT_MAX_BYTES,
      files: 1,
      fields: 5,
      fieldSize: 20_000,
      parts: 8,
    },
  },
  { markTooLarge: true },
);

/** A request seen through its status token: where it stands, and an appeal once it is decided. */
@ApiExcludeController()
@Pages()
@Controller('status/:statusToken')
export class StatusPagesController {
  constructor(
    private readonly pages: TokenPagesQuery,
    private readonly models: StatusPageModels,
    private readonly appeal: AppealRequestUseCase,
    private readonly answers: RecordPersonAnswerUseCase,
  ) {}

  @Get()
  async status(
    @Param('statusToken') token: string,
    @Page() { t, language, csrfToken }: PageContext,
  ): Promise<Reply> {
    return page(statusPage(await this.models.status(token, language, { csrfToken }), t));
  }

  /**
   * The person's answer to our question, with an optional document (a PDF, JPEG or PNG by its
   * bytes): kept, shown on the timeline, and the request goes back to review. A form with a
   * problem comes back as a 400 page saying what to fix; nothing is kept from it.
   */
  @Post('answer')
  @FormPost('submitFromIp', { upload: ANSWER_UPLOAD })
  async answer(
    @Param('statusToken') token: string,
    @Body(REPLY_FIELDS.answer) raw: unknown,
    @UploadedFile() file: UploadedDocument | undefined,
    @Req() request: UploadRequest,
    @Page() { t, csrfToken, language }: PageContext,
  ): Promise<Reply> {
    const found = await this.pages.request(token);
    if (found.status !== 'needs_info') return pageRedirect(statusPath(token));
    const text = typeof raw === 'string' ? raw : '';
    const form = parsePageForm(answerForm(t), { answer: text });
    const errors: FieldError[] = form.ok ? [] : [...form.errors];
    const documentError = request.uploadTooLarge
      ? t.reply.documentTooLarge
      : file &&
          file.buffer.length > 0 &&
          intakeDocumentProblem({ fileName: file.originalname, content: file.buffer })
        ? t.reply.documentWrongType
        : undefined;
    if (documentError) errors.push({ field: REPLY_FIELDS.document, message: documentError });
    if (errors.length > 0) {
      const reply = { csrfToken, errors, values: { answer: text } };
      const vm = await this.models.status(token, language, reply);
      return page(statusPage(vm, t), { status: 400 });
    }
    const attachments =
      file && file.buffer.length > 0 ? [{ fileName: file.originalname, content: file.buffer }] : [];
    await this.answers.execute(
      found.id,
      { channel: 'status_page', receivedAt: new Date(), text, attachments },
      'subject',
    );
    return pageRedirect(statusPath(token));
  }

  /** Where POST /requests/new/:type sends the person (303), so a reload never re-submits. */
  @Get('submitted')
  async submitted(
    @Param('statusToken') token: string,
    @Page() { t, language }: PageContext,
  ): Promise<Reply> {
    const vm = await this.models.submitted(token, language);
    return page(requestSubmittedPage(vm, t));
  }

  @Get('appeal')
  async appealForm(
    @Param('statusToken') token: string,
    @Page() { t, csrfToken, language }: PageContext,
  ): Promise<Reply> {
    const found = await this.pages.request(token);
    if (!(await this.appealable(found))) return pageRedirect(statusPath(token));
    const law = lawWordsFor(found, language, t);
    const vm = { statusToken: token, reference: found.reference, law, csrfToken };
    return page(appealPage(vm, t));
  }

  @Post('appeal')
  @FormPost('submitFromIp')
  async appealRequest(
    @Param('statusToken') token: string,
    @Body('reason') raw: unknown,
    @Page() { t, csrfToken, language }: PageContext,
  ): Promise<Reply> {
    const found = await this.pages.request(token);
    if (!(await this.appealable(found))) return pageRedirect(statusPath(token));
    const form = parsePageForm(appealForm(t), { reason: typeof raw === 'string' ? raw : '' });
    if (!form.ok) {
      const vm = {
        statusToken: token,
        reference: found.reference,
        law: lawWordsFor(found, language, t),
        csrfToken,
      };
      const errors = form.errors;
      return page(appealPage({ ...vm, errors, values: { reason: raw } }, t), { status: 400 });
    }
    // A request that cannot be appealed (not decided, or appealed already) is a 409 page.
    const appealed = await this.appeal.execute(
      { kind: 'subject', statusToken: token },
      found.id,
      form.data.reason,
    );
    return pageRedirect(`${statusPath(appealed.statusToken)}/submitted`);
  }

  private async appealable(found: DataSubjectRequest): Promise<boolean> {
    // Only where the person's law gives an appeal (not the CCPA, Utah or the GDPR): elsewhere
    // the status page names the authority to complain to instead.
    if (found.type === 'appeal' || privacyLaw(found.regime).appeal === undefined) return false;
    if (found.status !== 'denied' && found.status !== 'completed') return false;
    if (!this.appeal.timeToAppeal(found).open) return false;
    return !(await this.pages.appealed(found.id));
  }
}
