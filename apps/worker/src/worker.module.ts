import { BullModule, getQueueToken } from '@nestjs/bullmq';
import { FlowProducer, Queue } from 'bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { IntakeModule } from '@rightsdesk/intake';
import { DataMapStore, LiveConfigModule } from '@rightsdesk/live-config';
import { AppConfig, ConfigModule } from '@rightsdesk/config';
import {
  CollectAccessPackageUseCase,
  CompleteFulfilmentUseCase,
  FailFulfilmentStepUseCase,
  RunFulfilmentStepUseCase,
  StartFulfilmentUseCase,
  TellRecipientUseCase,
} from '@rightsdesk/fulfilment';
import { WebhookClient } from '@rightsdesk/connectors';
import {
  CompanyInForce,
  MailTransport,
  RenderNoticeUseCase,
  SendNoticeUseCase,
  isNoticeKind,
} from '@rightsdesk/notices';
import { PreparedProcess, REDACTED_PATHS } from '@rightsdesk/observability';
import { DatabaseModule } from '@rightsdesk/persistence';
import {
  FulfilmentFlow,
  JOB_NAMES,
  jobOptions,
  QUEUE_NAMES,
  RetryPolicy,
  redisConnectionOptions,
} from '@rightsdesk/queue';
import { JOB_HANDLERS, JobHandlers } from './job-handler';
import { BackgroundLoops } from './background-loops.service';
import { FulfilmentProcessor, NoticesProcessor } from './queue-processors';
import { WorkerResources } from './worker-resources';
import { VersionedFulfilment } from './versioned-fulfilment';

/** The worker process: BullMQ processors and the outbox relay. Only this module registers processors. */
@Module({})
export class WorkerModule {
  static forRoot(prepared: PreparedProcess): DynamicModule {
    const { config } = prepared;
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.LOG_LEVEL,
            redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
          },
        }),
        DatabaseModule.forRoot(config.DATABASE_URL),
        BullModule.forRoot({
          connection: redisConnectionOptions(config.REDIS_URL),
          prefix: config.QUEUE_PREFIX,
          defaultJobOptions: jobOptions(retryPolicy(config)),
        }),
        BullModule.registerQueue(...QUEUE_NAMES.map((name) => ({ name }))),
        LiveConfigModule.forRoot(prepared),
        IntakeModule,
      ],
      providers: [
        {
          provide: WorkerResources,
          useFactory: () =>
            new WorkerResources(
              new MailTransport(config.SMTP_URL),
              new FlowProducer({
                connection: redisConnectionOptions(config.REDIS_URL),
                prefix: config.QUEUE_PREFIX,
              }),
            ),
        },
        CompanyInForce,
        RenderNoticeUseCase,
        {
          provide: FailFulfilmentStepUseCase,
          inject: [DataSource],
          useFactory: (dataSource: DataSource) => new FailFulfilmentStepUseCase(dataSource),
        },
        {
          provide: JOB_HANDLERS,
          inject: [
            DataSource,
            WorkerResources,
            RenderNoticeUseCase,
            getQueueToken('fulfilment'),
            DataMapStore,
          ],
          useFactory: (
            dataSource: DataSource,
            resources: WorkerResources,
            render: RenderNoticeUseCase,
            fulfilmentQueue: Queue,
            maps: DataMapStore,
          ): JobHandlers => {
            const send = new SendNoticeUseCase(
              dataSource,
              resources.mail,
              config.MAIL_FROM,
              config.packageEncryptionKey,
            );
            // Each request is fulfilled by the data map version it was pinned to (see
            // VersionedFulfilment); the use cases below are built once per version.
            const fulfilment = new VersionedFulfilment(maps, (sources) => {
              const collect = new CollectAccessPackageUseCase(
                dataSource,
                sources,
                config.packageEncryptionKey,
              );
              const systems = sources.fulfilmentSources();
              const start = new StartFulfilmentUseCase(
                dataSource,
                systems,
                new FulfilmentFlow(
                  resources.flows,
                  fulfilmentQueue,
                  jobOptions(retryPolicy(config)),
                ),
              );
              const tell = new TellRecipientUseCase(
                dataSource,
                sources,
                new WebhookClient({
                  allowPrivate: config.WEBHOOK_ALLOW_PRIVATE,
                  timeoutMs: config.WEBHOOK_TIMEOUT_MS,
                }),
                config.PUBLIC_URL,
              );
              const step = new RunFulfilmentStepUseCase(
                dataSource,
                sources,
                collect,
                config.tokenKey,
                tell,
              );
              const complete = new CompleteFulfilmentUseCase(dataSource, sources, config.tokenKey);
              return { start, step, complete };
            });
            const handlers: JobHandlers = {
              'fulfilment.start': async ({ requestId, generation }) =>
                (await fulfilment.starting(requestId)).start.execute(requestId, generation),
              'fulfilment.step': async ({ stepId }) =>
                (await fulfilment.ofStep(stepId)).step.execute(stepId),
              'fulfilment.complete': async ({ requestId }) =>
                (await fulfilment.ofRequest(requestId)).complete.execute(requestId),
              'notice.render': ({ requestId, notice }) => {
                if (!isNoticeKind(notice)) throw new Error(`unknown notice "${notice}"`);
                return render.execute(requestId, notice);
              },
              'notice.send': ({ correspondenceId }) => send.execute(correspondenceId),
            };
            assertEveryJobHandled(handlers);
            return handlers;
          },
        },
        FulfilmentProcessor,
        NoticesProcessor,
        BackgroundLoops,
      ],
    };
  }
}

function retryPolicy(config: AppConfig): RetryPolicy {
  return { attempts: config.JOB_ATTEMPTS, backoffMs: config.JOB_BACKOFF_MS };
}

/** Start-up fails if the catalogue names a job nobody handles. */
function assertEveryJobHandled(handlers: Partial<JobHandlers>): void {
  const missing = JOB_NAMES.filter((name) => typeof handlers[name] !== 'function');
  if (missing.length > 0) throw new Error(`no handler for job(s): ${missing.join(', ')}`);
}
