import { Controller, Get, HttpCode, Param, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { QueueHealth } from '@rightsdesk/queue';
import {
  ApiAccessGuard,
  AuthenticatedRequest,
  RequireScope,
  principalActor,
} from '../api-access.guard';

/** Queue health over REST: counts, failed jobs with their error, the outbox backlog; retries. */
@ApiTags('admin')
@ApiBearerAuth()
@UseGuards(ApiAccessGuard)
@Controller('api/v1/admin/queues')
export class AdminQueuesController {
  constructor(private readonly health: QueueHealth) {}

  @Get()
  @RequireScope('admin:queues')
  @ApiOperation({
    summary: 'Per queue: waiting, active, delayed, completed, failed; outbox backlog',
  })
  report() {
    return this.health.report();
  }

  @Post(':queue/jobs/:jobId/retry')
  @HttpCode(200)
  @RequireScope('admin:queues')
  @ApiOperation({ summary: 'Retry one failed job (a failed request is retried as a whole)' })
  retry(
    @Param('queue') queue: string,
    @Param('jobId') jobId: string,
    @Req() request: AuthenticatedRequest,
  ) {
    return this.health.retry(queue, jobId, principalActor(request));
  }

  @Post(':queue/retry-failed')
  @HttpCode(200)
  @RequireScope('admin:queues')
  @ApiOperation({ summary: 'Retry every failed job of a queue' })
  retryAll(@Param('queue') queue: string, @Req() request: AuthenticatedRequest) {
    return this.health.retryAllFailed(queue, principalActor(request));
  }
}
