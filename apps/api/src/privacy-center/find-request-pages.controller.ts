import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { z } from 'zod';
import { FindRequestUseCase } from '@rightsdesk/verification';
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
import { findCodePage, findPage } from './views/find.page';

const lookupForm = (t: Messages) =>
  z.object({
    reference: referenceAndCodeFields(t).reference,
    email: z.string().trim().max(254, t.validation.tooLong).email(t.validation.email),
  });

const codeForm = (t: Messages) => lookupForm(t).extend({ code: referenceAndCodeFields(t).code });

/**
 * "Find my request", for a person who lost the link to their request: its reference and their
 * email address, then a code emailed to the request's own address, then the status page under
 * a fresh link. The answer never says whether a reference or an address exists.
 */
@ApiExcludeController()
@Pages()
@Controller('find')
export class FindRequestPagesController {
  constructor(
    private readonly settings: PrivacyCenterSettings,
    private readonly find: FindRequestUseCase,
    private readonly limits: RequestRateLimits,
  ) {}

  @Get()
  form(@Page() { t, csrfToken }: PageContext): Reply {
    return page(findPage({ csrfToken, contact: this.settings.contact }, t));
  }

  @Post()
  @FormPost('verifyFromIp')
  async ask(@Body() body: FormBody, @Page() { t, csrfToken }: PageContext): Promise<Reply> {
    const values = { reference: formText(body, 'reference'), email: formText(body, 'email') };
    const form = parsePageForm(lookupForm(t), values);
    if (!form.ok) {
      const vm = { csrfToken, contact: this.settings.contact, errors: form.errors, values };
      return page(findPage(vm, t), { status: 400 });
    }
    await this.find.askForCode(form.data.reference, form.data.email);
    return page(findCodePage({ csrfToken, contact: this.settings.contact, ...form.data }, t));
  }

  @Post('code')
  @FormPost('verifyFromIp')
  async open(@Body() body: FormBody, @Page() { t, csrfToken }: PageContext): Promise<Reply> {
    const values = {
      reference: formText(body, 'reference'),
      email: formText(body, 'email'),
      code: formText(body, 'code'),
    };
    const form = parsePageForm(codeForm(t), values);
    if (!form.ok) {
      const lookup = parsePageForm(lookupForm(t), values);
      // Without a readable reference and email there is no code page to go back to.
      if (!lookup.ok) {
        const vm = { csrfToken, contact: this.settings.contact, errors: lookup.errors, values };
        return page(findPage(vm, t), { status: 400 });
      }
      const vm = { csrfToken, contact: this.settings.contact, ...lookup.data };
      return page(findCodePage({ ...vm, errors: form.errors, code: values.code }, t), {
        status: 400,
      });
    }
    const { reference, email, code } = form.data;
    // Every try counts against the reference, whether or not it exists (429 past the limit).
    await this.limits.lookupCodeForReference(reference);
    const outcome = await this.find.openWithCode(reference, email, code);
    if (outcome.kind === 'opened') {
      return pageRedirect(`/status/${encodeURIComponent(outcome.statusToken)}`);
    }
    const vm = { csrfToken, contact: this.settings.contact, reference, email };
    const errors = [{ field: 'code', message: t.find.wrongCode }];
    return page(findCodePage({ ...vm, errors, code }, t), { status: 400 });
  }
}
