import { Type } from '@nestjs/common';
import { AdminDataMapController } from './admin/admin-data-map.controller';
import { AdminQueuesController } from './admin/admin-queues.controller';
import { AdminSettingsController } from './admin/admin-settings.controller';
import { HealthController } from './health/health.controller';
import { CorrespondenceController } from './letters/correspondence.controller';
import { LettersController } from './letters/letters.controller';
import { UnconfirmedMailController } from './letters/unconfirmed-mail.controller';
import { ReportsController } from './reports/reports.controller';
import { ManualTasksController } from './requests/manual-tasks.controller';
import { ProcessorCallbacksController } from './requests/processor-callbacks.controller';
import { RequestsController } from './requests/requests.controller';
import { SuppressionsController } from './requests/suppressions.controller';
import { ReviewActionsController } from './review/review-actions.controller';
import { ReviewQueueController } from './review/review-queue.controller';

/**
 * The REST API under /api/v1 (and /health). Review first, bulk routes before the rest:
 * `bulk/assign` must not reach `:id/assign`.
 */
export const REST_CONTROLLERS: Type[] = [
  ReviewActionsController,
  ReviewQueueController,
  RequestsController,
  SuppressionsController,
  ProcessorCallbacksController,
  ManualTasksController,
  HealthController,
  LettersController,
  CorrespondenceController,
  UnconfirmedMailController,
  ReportsController,
  AdminDataMapController,
  AdminSettingsController,
  AdminQueuesController,
];
