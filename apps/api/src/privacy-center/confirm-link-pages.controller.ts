import { Controller, Get, Param, Post } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { DomainError } from '@rightsdesk/domain';
import { ConfirmVerificationUseCase } from '@rightsdesk/intake';
import { FormPost } from '../web/form-post.decorator';
import { PageContext } from '../web/page-context';
import { Page, Pages } from '../web/page.decorator';
import { page, pageRedirect } from '../web/page-response';
import { Reply } from '../web/reply';
import { TokenPagesQuery } from './token-pages.query';
import { ConfirmLinkViewModel, confirmLinkPage } from './views/confirm-link.page';

const spent = () => new DomainError('gone', 'This confirmation link is no longer valid.');

/**
 * The one-click link from the verification email. Opening it only shows a button: mail
 * scanners open links, so only the person's POST confirms.
 */
@ApiExcludeController()
@Pages()
@Controller('verify/link')
export class ConfirmLinkPagesController {
  constructor(
    private readonly pages: TokenPagesQuery,
    private readonly confirm: ConfirmVerificationUseCase,
  ) {}

  @Get(':linkToken')
  async show(
    @Param('linkToken') linkToken: string,
    @Page() { t, csrfToken }: PageContext,
  ): Promise<Reply> {
    const found = await this.pages.byId(await this.confirm.requestForLink(linkToken));
    const emailConfirmed = Boolean(found.verification?.emailConfirmedAt);
    let state: ConfirmLinkViewModel['state'];
    if (found.status !== 'pending_verification') state = 'done';
    else if (emailConfirmed) state = 'needsMore';
    else if (await this.pages.linkUsable(linkToken)) state = 'ask';
    else throw spent();
    const next = state === 'done' ? t.statusNext[found.status] : undefined;
    return page(confirmLinkPage({ linkToken, csrfToken, state, next }, t));
  }

  @Post(':linkToken')
  @FormPost('verifyFromIp')
  async confirmLink(@Param('linkToken') linkToken: string): Promise<Reply> {
    const requestId = await this.confirm.requestForLink(linkToken);
    const path = `/verify/link/${encodeURIComponent(linkToken)}`;
    const found = await this.pages.byId(requestId);
    if (found.status !== 'pending_verification') return pageRedirect(path);
    // Checked first so that a superseded link does not cost the open code an attempt.
    if (!(await this.pages.linkUsable(linkToken))) throw spent();
    try {
      await this.confirm.execute(requestId, { linkToken });
    } catch (error) {
      // A link that no longer matches the open challenge (a newer code was sent) is spent.
      if (error instanceof DomainError && error.code === 'invalid_input') throw spent();
      throw error;
    }
    return pageRedirect(path);
  }
}
