import { Module } from '@nestjs/common';
import { NoticesModule } from '@rightsdesk/notices';
import { LiveJobs } from '@rightsdesk/queue';
import { RequestsModule } from '@rightsdesk/requests';
import { ActiveMapIdentityMatcher } from './active-map-identity-matcher';
import { CollectAccessPackageUseCase } from './collect-access-package.use-case';
import { CompleteFulfilmentUseCase } from './complete-fulfilment.use-case';
import { CompleteManualTaskUseCase } from './complete-manual-task.use-case';
import { ConfirmDownloadCodeUseCase } from './confirm-download-code.use-case';
import { FailAbandonedFulfilmentUseCase } from './fail-abandoned-fulfilment.use-case';
import { FailFulfilmentStepUseCase } from './fail-fulfilment-step.use-case';
import { FulfilmentJobsQuery } from './fulfilment-jobs.query';
import { DownloadStateQuery } from './download-state.query';
import { FulfilmentSources } from './fulfilment-sources';
import { IssueDownloadCodeUseCase } from './issue-download-code.use-case';
import { ManualTaskEvidenceQuery } from './manual-task-evidence.query';
import { OpenPackageDownloadUseCase } from './open-package-download.use-case';
import { RecordRecipientCallbackUseCase } from './record-recipient-callback.use-case';
import { RetryFulfilmentUseCase } from './retry-fulfilment.use-case';
import { RunFulfilmentStepUseCase } from './run-fulfilment-step.use-case';
import { SuppressionList } from './suppression-list.query';
import { TellRecipientUseCase } from './tell-recipient.use-case';
import { WaitingSteps } from './waiting-step';

const USE_CASES = [
  FulfilmentSources,
  ActiveMapIdentityMatcher,
  CollectAccessPackageUseCase,
  RunFulfilmentStepUseCase,
  TellRecipientUseCase,
  WaitingSteps,
  CompleteFulfilmentUseCase,
  FailFulfilmentStepUseCase,
  FailAbandonedFulfilmentUseCase,
  LiveJobs,
  FulfilmentJobsQuery,
  RetryFulfilmentUseCase,
  RecordRecipientCallbackUseCase,
  CompleteManualTaskUseCase,
  IssueDownloadCodeUseCase,
  ConfirmDownloadCodeUseCase,
  OpenPackageDownloadUseCase,
  SuppressionList,
  DownloadStateQuery,
  ManualTaskEvidenceQuery,
];

/**
 * Carrying out requests on the systems of the data map: steps, recipients told, access packages
 * and their downloads, manual tasks, the suppression list. Starting a request's flow of jobs is
 * the worker's (FulfilmentFlowModule), since only it holds the queues.
 */
@Module({
  imports: [NoticesModule, RequestsModule],
  providers: USE_CASES,
  exports: USE_CASES,
})
export class FulfilmentModule {}
