import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { DomainError } from '@rightsdesk/domain';
import {
  MailboxTriageQuery,
  ReadMailboxMessageUseCase,
  TriageMailboxMessageUseCase,
} from '@rightsdesk/mailbox';
import { RequestRepository } from '@rightsdesk/requests';
import { StaffPrincipal, staffActor } from '@rightsdesk/staff';
import { CONSOLE_HEADERS, Flash, consolePage, consoleRedirect } from '../../web/console-response';
import { FileReply, Reply } from '../../web/reply';
import { CurrentStaff, StaffPage } from '../console-access';
import { say } from '../i18n/console-words';
import { ACTING_ROLES } from '../review/review-form';
import { ConsoleFlash } from '../views/console-layout';
import { mailboxMessagePage } from './views/mailbox-message.page';
import { MAILBOX_PATH, mailboxTriagePage } from './views/mailbox-triage.page';

/** Who may read support messages: those who act on requests (each opening is audited). */
const MAILBOX_READERS = ACTING_ROLES;

/**
 * The support mailbox in the console: the triage list of messages that quote no reference, one
 * message opened (audited), its files, and filing it as not a request. Turning a message into
 * a request goes through the intake form (IntakePagesController), prefilled from it.
 */
@ApiExcludeController()
@Controller('console/mailbox')
export class MailboxPagesController {
  constructor(
    private readonly triage: MailboxTriageQuery,
    private readonly reader: ReadMailboxMessageUseCase,
    private readonly decide: TriageMailboxMessageUseCase,
    private readonly requests: RequestRepository,
  ) {}

  @Get()
  @StaffPage(...MAILBOX_READERS)
  async list(
    @CurrentStaff() staff: StaffPrincipal,
    @Flash() flash: ConsoleFlash | undefined,
  ): Promise<Reply> {
    const state = await this.triage.state();
    const drafts = await this.triage.drafts();
    return consolePage(
      mailboxTriagePage({
        staff,
        configured: state.configured,
        drafts,
        count: state.drafts,
        flash,
      }),
    );
  }

  @Get(':id')
  @StaffPage(...MAILBOX_READERS)
  message(@CurrentStaff() staff: StaffPrincipal, @Param('id') id: string): Promise<Reply> {
    return this.messagePage(staff, id, [], 200);
  }

  @Get(':id/files/:position')
  @StaffPage(...MAILBOX_READERS)
  async file(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('id') id: string,
    @Param('position') position: string,
  ): Promise<Reply> {
    if (!/^\d{1,3}$/.test(position)) throw new DomainError('not_found', say('request.notFound'));
    const file = await this.reader.attachment(id, Number(position), staffActor(staff));
    const extension = file.contentType.split('/')[1].replace('jpeg', 'jpg');
    return new FileReply(file.content, {
      contentType: file.contentType,
      // The sender's own file name may carry their name; the message's id says which it is.
      fileName: `support-message-${id}-file-${Number(position) + 1}.${extension}`,
      headers: CONSOLE_HEADERS,
    });
  }

  @Post(':id/file')
  @StaffPage(...ACTING_ROLES)
  async fileAway(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('id') id: string,
    @Body() body: { reason?: unknown } | undefined,
  ): Promise<Reply> {
    const reason = typeof body?.reason === 'string' ? body.reason : '';
    try {
      await this.decide.fileAsNotARequest(id, reason, staffActor(staff));
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== 'invalid_input') throw error;
      const problem = [{ field: 'reason', message: say('mailbox.error.reason') }];
      return this.messagePage(staff, id, problem, 400, reason);
    }
    return consoleRedirect(MAILBOX_PATH, { kind: 'success', text: say('mailbox.filed') });
  }

  private async messagePage(
    staff: StaffPrincipal,
    id: string,
    errors: { field: string; message: string }[],
    status: number,
    reason?: string,
  ): Promise<Reply> {
    const opened = await this.reader.open(id, staffActor(staff));
    const requestId = opened.message.requestId;
    const reference = requestId ? (await this.requests.getById(requestId)).reference : null;
    return consolePage(mailboxMessagePage({ staff, opened, reference, errors, reason }), status);
  }
}
