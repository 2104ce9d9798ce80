import { Controller, Get, Param, Post, Req, UploadedFile } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request } from 'express';
import { DomainError, SUBMITTABLE_TYPES, SubmittableType } from '@rightsdesk/domain';
import { SubmitRequestUseCase, submitRequestSchema } from '@rightsdesk/intake';
import {
  AGENT_UPLOAD_OPTIONS,
  AUTHORIZATION_FIELD,
  UploadedDocument,
  authorizationDocument,
} from './agent-upload';
import { localizeIssues } from './i18n/localize-issues';
import { PageContext } from '../web/page-context';
import { FormPost } from '../web/form-post.decorator';
import { Page, Pages } from '../web/page.decorator';
import { RequestRateLimits } from '../web/request-rate-limits';
import { page, pageRedirect } from '../web/page-response';
import { Reply } from '../web/reply';
import { PrivacyCenterSettings } from './privacy-center.settings';
import { formPathOf, requestFormInput } from './request-form.input';
import { FieldError, FormValues } from './views/form-state';
import { homePage } from './views/home.page';
import { requestFormPage } from './views/request-form.page';

function submittableType(type: string): SubmittableType {
  const known = SUBMITTABLE_TYPES.find((candidate) => candidate === type);
  if (!known) throw new DomainError('not_found', `No request form for "${type}".`);
  return known;
}

/** The privacy center's home page and the request forms (no account, no script). */
@ApiExcludeController()
@Pages()
@Controller()
export class RequestPagesController {
  constructor(
    private readonly settings: PrivacyCenterSettings,
    private readonly submitRequest: SubmitRequestUseCase,
    private readonly limits: RequestRateLimits,
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
  @FormPost('submitFromIp', FileInterceptor(AUTHORIZATION_FIELD, AGENT_UPLOAD_OPTIONS))
  async submit(
    @Param('type') rawType: string,
    @Req() request: Request,
    @Page() context: PageContext,
    @UploadedFile() file: UploadedDocument | undefined,
  ): Promise<Reply> {
    const type = submittableType(rawType);
    const { t } = context;
    const body = (request.body ?? {}) as FormValues;
    const document = authorizationDocument(request, file);
    const input = requestFormInput(type, body, context.language, document !== undefined);
    const parsed = submitRequestSchema.safeParse(input);
    const issues = parsed.success ? [] : parsed.error.issues;
    const errors = localizeIssues(
      issues.map((issue) => ({ path: formPathOf(issue.path, body), code: issue.code })),
      t,
    );
    if (document === 'wrong_type') {
      errors.push({ field: AUTHORIZATION_FIELD, message: t.validation.agentAuthorizationType });
    } else if (input.agent && !document) {
      errors.push({ field: AUTHORIZATION_FIELD, message: t.validation.agentAuthorization });
    }
    if (!parsed.success || errors.length > 0 || document === 'wrong_type') {
      return this.formPage(context, type, errors, body, 400);
    }
    await this.limits.submitForEmail(parsed.data.email);
    try {
      const submitted = await this.submitRequest.execute(parsed.data, {
        manner: parsed.data.agent ? 'agent' : 'web',
        actor: 'subject',
        agentAuthorization: document,
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
      return this.formPage(context, type, localizeIssues(fields, t), body, 400);
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
        errors,
        values: typed,
      },
      context.t,
    );
    return page(html, { status });
  }
}
