import { Module } from '@nestjs/common';
import { AuditSealer } from './audit-sealer';
import { AuditTrail } from './audit-trail';
import { REQUEST_QUERIES } from './queries';
import { RequestRepository } from './request.repository';
import { RequestMessages } from './request-messages.repository';

/**
 * The request aggregate (requests, subject identities, request events, request notes, request
 * messages): the one place that reads and writes those tables. Needs DatabaseModule.forRoot in
 * the root module.
 */
@Module({
  providers: [RequestRepository, RequestMessages, AuditTrail, AuditSealer, ...REQUEST_QUERIES],
  exports: [RequestRepository, RequestMessages, AuditTrail, AuditSealer, ...REQUEST_QUERIES],
})
export class RequestsModule {}
