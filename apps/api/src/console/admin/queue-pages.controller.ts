import { Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { QueueHealth } from '@rightsdesk/queue';
import { staffActor } from '@rightsdesk/staff';
import { CurrentStaff, StaffPage, StaffPrincipal } from '../console-access';
import { consoleSeeOther, sendConsolePage, takeFlash } from '../../web/console-response';
import { queuesPage } from './views/queues.page';

/** Queue health in the console (admins only): counts, failed jobs and their retry. */
@ApiExcludeController()
@Controller('console/admin')
@StaffPage('admin')
export class QueuePagesController {
  constructor(private readonly health: QueueHealth) {}

  /** The console's navigation names this page "queue-health". */
  @Get('queue-health')
  alias(@Res() response: Response): void {
    consoleSeeOther(response, '/console/admin/queues');
  }

  @Get('queues')
  async show(
    @CurrentStaff() staff: StaffPrincipal,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const flash = takeFlash(request, response);
    sendConsolePage(response, queuesPage(staff, await this.health.report(), flash));
  }

  @Post('queues/:queue/jobs/:jobId/retry')
  async retry(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('queue') queue: string,
    @Param('jobId') jobId: string,
    @Res() response: Response,
  ): Promise<void> {
    await this.health.retry(queue, jobId, staffActor(staff));
    consoleSeeOther(response, '/console/admin/queues', {
      kind: 'success',
      text: `Job ${jobId} is being retried.`,
    });
  }

  @Post('queues/:queue/retry-failed')
  async retryAll(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('queue') queue: string,
    @Res() response: Response,
  ): Promise<void> {
    const { retried } = await this.health.retryAllFailed(queue, staffActor(staff));
    consoleSeeOther(response, '/console/admin/queues', {
      kind: 'success',
      text: `${retried} failed ${retried === 1 ? 'job is' : 'jobs are'} being retried.`,
    });
  }
}
