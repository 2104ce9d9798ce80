import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { FLOW_STARTER, FulfilmentModule, StartFulfilmentUseCase } from '@rightsdesk/fulfilment';
import { IntakeModule } from '@rightsdesk/intake';
import { MailboxModule } from '@rightsdesk/mailbox';
import { NoticesModule } from '@rightsdesk/notices';
import {
  FulfilmentFlow,
  JobQueues,
  OutboxRelay,
  OutboxReplay,
  QUEUE_NAMES,
} from '@rightsdesk/queue';
import { ReportsModule } from '@rightsdesk/reports';
import { RequestsModule } from '@rightsdesk/requests';
import { BackgroundLoops } from './background-loops.service';
import { JobHandlerTable } from './job-handler';
import { FulfilmentProcessor, NoticesProcessor } from './queue-processors';

/**
 * The worker's queues, their processors and the use cases behind each job, and the background
 * loops with the outbox relay and replay that feed the queues. Only the worker starts a request's flow of jobs, so it alone provides
 * StartFulfilmentUseCase and the BullMQ flow it starts.
 */
@Module({
  imports: [
    BullModule.registerQueue(...QUEUE_NAMES.map((name) => ({ name }))),
    NoticesModule,
    FulfilmentModule,
    IntakeModule,
    MailboxModule,
    ReportsModule,
    RequestsModule,
  ],
  providers: [
    FulfilmentFlow,
    { provide: FLOW_STARTER, useExisting: FulfilmentFlow },
    StartFulfilmentUseCase,
    JobHandlerTable,
    FulfilmentProcessor,
    NoticesProcessor,
    JobQueues,
    OutboxRelay,
    OutboxReplay,
    BackgroundLoops,
  ],
})
export class WorkerJobsModule {}
