import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { prepareProcess } from '@rightsdesk/observability';
import { ApiModule } from './api.module';
import { configureApp } from './configure-app';
import { ReplyingExpressAdapter } from './web/reply';

async function bootstrap(): Promise<void> {
  const prepared = await prepareProcess('api');
  const { config } = prepared;
  const app = await NestFactory.create<NestExpressApplication>(
    ApiModule.forRoot(prepared),
    new ReplyingExpressAdapter(),
    {
      bufferLogs: true,
      bodyParser: false,
    },
  );
  configureApp(app, config);
  await app.listen(config.PORT);
  app
    .get(Logger)
    .log(`api listening on ${config.PUBLIC_URL} (OpenAPI at ${config.PUBLIC_URL}/api/docs)`);
}

void bootstrap();
