import { Reflector } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { AppConfig } from '@rightsdesk/config';
import { AddressLimitGuard } from './web/address-limit.guard';
import { RequestBodyGuard } from './web/body-parsers';
import { RequestRateLimits } from './web/request-rate-limits';
import { securityHeaders } from './web/security-headers';
import { wellFormedInput } from './web/well-formed-text';

/** Everything main.ts sets on the app, shared with the tests that run it in-process. */
export function configureApp(app: NestExpressApplication, config: AppConfig): void {
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  app.use(securityHeaders(config.PUBLIC_URL));
  app.use(wellFormedInput);
  // In this order: an address over its hourly limit is refused before its body is read.
  app.useGlobalGuards(
    new AddressLimitGuard(app.get(Reflector), app.get(RequestRateLimits)),
    new RequestBodyGuard(config.MAX_BODY_BYTES),
  );
  app.enableShutdownHooks();

  const openApi = new DocumentBuilder()
    .setTitle('Rightsdesk API')
    .setDescription('Submit and follow data-subject requests; health of the service.')
    .setVersion('1')
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApi), {
    jsonDocumentUrl: 'api/docs-json',
  });
}
