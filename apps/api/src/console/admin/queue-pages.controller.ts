import { Controller, Get, Param, Post } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { MailboxTriageQuery } from '@rightsdesk/mailbox';
import { QueueHealth } from '@rightsdesk/queue';
import { staffActor } from '@rightsdesk/staff';
import { CurrentStaff, StaffPage, StaffPrincipal } from '../console-access';
import { Flash, consolePage, consoleRedirect } from '../../web/console-response';
import { Reply } from '../../web/reply';
import { ConsoleFlash } from '../views/console-layout';
import { queuesPage } from './views/queues.page';
import { say } from '../i18n/console-words';

/** Queue health in the console (admins only): counts, failed jobs and their retry, the support mailbox. */
@ApiExcludeController()
@Controller('console/admin')
@StaffPage('admin')
export class QueuePagesController {
  constructor(
    private readonly health: QueueHealth,
    private readonly mailbox: MailboxTriageQuery,
  ) {}

  /** The console's navigation names this page "queue-health". */
  @Get('queue-health')
  alias(): Reply {
    return consoleRedirect('/console/admin/queues');
  }

  @Get('queues')
  async show(
    @CurrentStaff() staff: StaffPrincipal,
    @Flash() flash: ConsoleFlash | undefined,
  ): Promise<Reply> {
    const report = await this.health.report();
    return consolePage(queuesPage(staff, report, flash, await this.mailbox.state()));
  }

  @Post('queues/:queue/jobs/:jobId/retry')
  async retry(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('queue') queue: string,
    @Param('jobId') jobId: string,
  ): Promise<Reply> {
    await this.health.retry(queue, jobId, staffActor(staff));
    return consoleRedirect('/console/admin/queues', {
      kind: 'success',
      text: say('queueHealth.retried', { jobId }),
    });
  }

  @Post('queues/:queue/retry-failed')
  async retryAll(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('queue') queue: string,
  ): Promise<Reply> {
    const { retried } = await this.health.retryAllFailed(queue, staffActor(staff));
    return consoleRedirect('/console/admin/queues', {
      kind: 'success',
      text: say('queueHealth.retriedFailed', { count: retried }),
    });
  }
}
