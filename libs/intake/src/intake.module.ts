import { Module } from '@nestjs/common';
import { ActiveMapIdentityMatcher } from '@rightsdesk/fulfilment';
import { NoticesModule } from '@rightsdesk/notices';
import { RequestsModule } from '@rightsdesk/requests';
import { VerificationModule } from '@rightsdesk/verification';
import { AdvanceVerifiedRequest } from './advance-verified-request';
import { AgentAuthorizations } from './agent-authorization';
import { AppealRequestUseCase } from './appeal-request.use-case';
import { ConfirmVerificationUseCase } from './confirm-verification.use-case';
import { EmailProof } from './email-proof';
import { ExpireUnverifiedRequestsUseCase } from './expire-unverified-requests.use-case';
import { IdentityMatcher } from './identity-matcher';
import { IntakeDocuments } from './intake-document';
import { LifecycleSettingsInForce } from './lifecycle-settings';
import { OpenWithPostedCodeUseCase } from './open-with-posted-code.use-case';
import { RequestLookup } from './request-lookup';
import { ReadIntakeDocumentUseCase } from './read-intake-document.use-case';
import { RecordPersonAnswerUseCase } from './record-person-answer.use-case';
import { RequestStatusQuery } from './request-status.query';
import { SubmitRequestUseCase } from './submit-request.use-case';

const USE_CASES = [
  SubmitRequestUseCase,
  ConfirmVerificationUseCase,
  OpenWithPostedCodeUseCase,
  AppealRequestUseCase,
  ExpireUnverifiedRequestsUseCase,
  AdvanceVerifiedRequest,
  ReadIntakeDocumentUseCase,
  RecordPersonAnswerUseCase,
];

const QUERIES = [RequestLookup, RequestStatusQuery];

/**
 * Intake: submitting a request, proving identity, appeals, expiry, and what a request looks like
 * to its viewer. Needs DatabaseModule, ConfigModule and LiveConfigModule in the root module.
 */
@Module({
  imports: [RequestsModule, VerificationModule, NoticesModule],
  providers: [
    ...USE_CASES,
    ...QUERIES,
    AgentAuthorizations,
    IntakeDocuments,
    EmailProof,
    LifecycleSettingsInForce,
    // regs 7062: the person's data points are compared with the map in force.
    { provide: IdentityMatcher, useClass: ActiveMapIdentityMatcher },
  ],
  exports: [...USE_CASES, ...QUERIES, LifecycleSettingsInForce],
})
export class IntakeModule {}
