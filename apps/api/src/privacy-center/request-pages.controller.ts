import { Controller, Get, Param, Post, Req } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request } from 'express';
import { DomainError, SubmittableType } from '@rightsdesk/domain';
import { SubmitRequestUseCase } from '@rightsdesk/intake';
import { AGENT_UPLOAD_OPTIONS, AUTHORIZATION_FIELD } from './agent-upload';
import { localizeIssues } from './i18n/localize-issues';
import { PageContext } from '../web/page-context';
import { FormPost, PostedForm } from '../web/form-post.decorator';
import { PageFormResult } from '../web/page-form';
import { Page, Pages } from '../web/page.decorator';
import { page, pageRedirect } from '../web/page-response';
import { Reply } from '../web/reply';
import { PrivacyCenterSettings } from './privacy-center.settings';
import { submittableType } from './request-form.input';
import { PostedRequestForm, readRequestForm } from './request-form.reader';
import { FieldError, FormValues } from './views/form-state';
import { homePage } from './views/home.page';
import { requestFormPage } from './views/request-form.page';
import { Upload } from '../web/upload.interceptor';

/** The privacy center's home page and the request forms (no account, no script). */
@ApiExcludeController()
@Pages()
@Controller()
export class RequestPagesController {
  constructor(
    private readonly settings: PrivacyCenterSettings,
    private readonly submitRequest: SubmitRequestUseCase,
  ) {}

  @Get()
  home(@Page() { t }: PageContext): Reply {
    return page(homePage({ contact: this.settings.contact }, t), { cache: 'private, no-cache' });
  }

  @Get('requests/new/:type')
  form(@Param('type') type: string, @Page() context: PageContext): Reply {
    return this.formPage(context, submittableType(type), [], {}, 200);
  }

  @Post('requests/new/:type')
  @FormPost('submitFromIp', {
    upload: Upload(AUTHORIZATION_FIELD, AGENT_UPLOAD_OPTIONS),
    form: readRequestForm,
    emailLimit: { limit: 'submitForEmail', of: (form) => form.command.email },
  })
  async submit(
    @Param('type') rawType: string,
    @Req() request: Request,
    @Page() context: PageContext,
    @PostedForm() form: PageFormResult<PostedRequestForm>,
  ): Promise<Reply> {
    const type = submittableType(rawType);
    const body = (request.body ?? {}) as FormValues;
    if (!form.ok) return this.formPage(context, type, form.errors, body, 400);
    const { command, authorization } = form.data;
    try {
      const submitted = await this.submitRequest.execute(command, {
        manner: command.agent ? 'agent' : 'web',
        actor: 'subject',
        agentAuthorization: authorization,
      });
      return pageRedirect(`/status/${encodeURIComponent(submitted.statusToken)}/submitted`);
    } catch (error) {
      // The intake's own checks (e.g. the agent's document) name the field they are about.
      if (
        !(error instanceof DomainError) ||
        error.code !== 'invalid_input' ||
        !error.fields.length
      ) {
        throw error;
      }
      const fields = error.fields.map((field) => ({ path: field.path.split('.'), code: 'custom' }));
      return this.formPage(context, type, localizeIssues(fields, context.t), body, 400);
    }
  }

  private formPage(
    context: PageContext,
    type: SubmittableType,
    errors: FieldError[],
    values: FormValues,
    status: number,
  ): Reply {
    const { _csrf: _ignored, ...typed } = values;
    const html = requestFormPage(
      {
        type,
        csrfToken: context.csrfToken,
        correctableFields: this.settings.correctableFields,
        recordDataset: this.settings.recordDataset,
        correctionLabels: {
          field: (field) => this.settings.fieldLabel(field, context.t.lang),
          kind: (kind) => this.settings.kindLabel(kind, context.t.lang),
        },
        errors,
        values: typed,
      },
      context.t,
    );
    return page(html, { status });
  }
}
