import { Module } from '@nestjs/common';
import { CompanyInForce, RenderNoticeUseCase } from '@rightsdesk/notices';
import { RequestsModule } from '@rightsdesk/requests';
import { IssueVerificationUseCase } from './issue-verification.use-case';
import { VerificationChallenges } from './verification-challenges';
import { VerificationSettingsInForce } from './verification-settings';

const USE_CASES = [IssueVerificationUseCase];

/**
 * Emailed codes and links. Needs DatabaseModule, ConfigModule and LiveConfigModule in the root
 * module.
 */
@Module({
  imports: [RequestsModule],
  providers: [
    VerificationChallenges,
    VerificationSettingsInForce,
    ...USE_CASES,
    // The notice renderer, until notices is a module of its own to import.
    CompanyInForce,
    RenderNoticeUseCase,
  ],
  exports: [VerificationChallenges, ...USE_CASES],
})
export class VerificationModule {}
