import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { z } from 'zod';
import { OpenWithPostedCodeUseCase } from '@rightsdesk/intake';
import { FormPost } from '../web/form-post.decorator';
import { PageContext } from '../web/page-context';
import { FormBody, formText, parsePageForm } from '../web/page-form';
import { Page, Pages } from '../web/page.decorator';
import { page, pageRedirect } from '../web/page-response';
import { Reply } from '../web/reply';
import { RequestRateLimits } from '../web/request-rate-limits';
import { Messages } from './i18n/messages';
import { PrivacyCenterSettings } from './privacy-center.settings';
import { referenceAndCodeFields } from './reference-and-code.form';
import { NEW_CODE_REFERENCE_FIELD, postedCodePage } from './views/posted-code.page';

const postedCodeForm = (t: Messages) => z.object(referenceAndCodeFields(t));

const newCodeForm = (t: Messages) =>
  z.object({ [NEW_CODE_REFERENCE_FIELD]: referenceAndCodeFields(t).reference });

/**
 * For a person who wrote or called without an email address: the reference and the code from
 * our letter verify their request and open its status page, then open it again on later visits;
 * the reference alone asks for a new code by post.
 */
@ApiExcludeController()
@Pages()
@Controller('verify/letter')
export class PostedCodePagesController {
  constructor(
    private readonly settings: PrivacyCenterSettings,
    private readonly opener: OpenWithPostedCodeUseCase,
    private readonly limits: RequestRateLimits,
  ) {}

  @Get()
  form(@Page() { t, csrfToken }: PageContext): Reply {
    return page(postedCodePage({ csrfToken, contact: this.settings.contact }, t));
  }

  @Post()
  @FormPost('verifyFromIp')
  async open(@Body() body: FormBody, @Page() { t, csrfToken }: PageContext): Promise<Reply> {
    const values = { reference: formText(body, 'reference'), code: formText(body, 'code') };
    const vm = { csrfToken, contact: this.settings.contact, values };
    const form = parsePageForm(postedCodeForm(t), values);
    if (!form.ok) return page(postedCodePage({ ...vm, errors: form.errors }, t), { status: 400 });
    const { reference, code } = form.data;
    // Every try counts against the reference, whether or not it exists (429 past the limit).
    await this.limits.lookupCodeForReference(reference);
    const outcome = await this.opener.open(reference, code);
    if (outcome.kind === 'opened') {
      return pageRedirect(`/status/${encodeURIComponent(outcome.statusToken)}`);
    }
    const errors = [{ field: 'code', message: t.posted.wrongCode }];
    return page(postedCodePage({ ...vm, errors }, t), { status: 400 });
  }

  /** A new code by post: limited per address and per reference, and per request like emails. */
  @Post('code')
  @FormPost('verifyFromIp')
  async postNewCode(@Body() body: FormBody, @Page() { t, csrfToken }: PageContext): Promise<Reply> {
    const values = { [NEW_CODE_REFERENCE_FIELD]: formText(body, NEW_CODE_REFERENCE_FIELD) };
    const vm = { csrfToken, contact: this.settings.contact, values };
    const form = parsePageForm(newCodeForm(t), values);
    if (!form.ok) return page(postedCodePage({ ...vm, errors: form.errors }, t), { status: 400 });
    const reference = form.data[NEW_CODE_REFERENCE_FIELD];
    await this.limits.lookupCodeForReference(reference);
    await this.opener.postNewCode(reference);
    return page(
      postedCodePage(
        { csrfToken, contact: this.settings.contact, notice: t.posted.newCodeSent },
        t,
      ),
    );
  }
}
