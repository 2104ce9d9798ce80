import { Module } from '@nestjs/common';
import { AuditSealer } from './audit-sealer';
import { AuditTrail } from './audit-trail';
import { REQUEST_QUERIES } from './queries';
import { RequestRepository } from './request.repository';

/**
 * The request aggregate (requests, subject identities, request events, request notes): the one
 * place that reads and writes those tables. Needs DatabaseModule.forRoot in the root module.
 */
@Module({
  providers: [RequestRepository, AuditTrail, AuditSealer, ...REQUEST_QUERIES],
  exports: [RequestRepository, AuditTrail, AuditSealer, ...REQUEST_QUERIES],
})
export class RequestsModule {}
