import { Module } from '@nestjs/common';
import { NoticesModule } from '@rightsdesk/notices';
import { RequestsModule } from '@rightsdesk/requests';
import { FindRequestUseCase } from './find-request.use-case';
import { IssueVerificationUseCase } from './issue-verification.use-case';
import { PersonCodeLimits } from './person-code-limits';
import { VerificationChallenges } from './verification-challenges';
import { VerificationSettingsInForce } from './verification-settings';

const USE_CASES = [IssueVerificationUseCase, FindRequestUseCase];

/**
 * Emailed codes and links. Needs DatabaseModule, ConfigModule and LiveConfigModule in the root
 * module.
 */
@Module({
  imports: [RequestsModule, NoticesModule],
  providers: [VerificationChallenges, VerificationSettingsInForce, PersonCodeLimits, ...USE_CASES],
  exports: [VerificationChallenges, PersonCodeLimits, ...USE_CASES],
})
export class VerificationModule {}
