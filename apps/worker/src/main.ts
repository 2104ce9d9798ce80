import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { prepareProcess } from '@rightsdesk/observability';
import { WorkerModule } from './worker.module';

async function bootstrap(): Promise<void> {
  const prepared = await prepareProcess('worker');
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(prepared), {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  await app.init();
  app
    .get(Logger)
    .log(`worker started (concurrency ${prepared.config.WORKER_CONCURRENCY} per queue)`);
}

void bootstrap();
