import { Provider } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '@rightsdesk/config';
import { DataMapStore } from '@rightsdesk/live-config';
import { datasetLabel } from '@rightsdesk/data-map';
import { RenderNoticeUseCase } from '@rightsdesk/notices';
import {
  AssigneeCheck,
  RequestReviewQuery,
  ReviewDecisionsUseCase,
  ReviewHandlingUseCase,
  ReviewQueueQuery,
} from '@rightsdesk/review';
import { ReviewActionsController } from './review-actions.controller';
import { ReviewPagesController } from './review-pages.controller';
import { ReviewQueueController } from './review-queue.controller';

/** Bulk routes first: `bulk/assign` must not reach `:id/assign`. */
export const REVIEW_CONTROLLERS = [
  ReviewActionsController,
  ReviewQueueController,
  ReviewPagesController,
];

/** The review queue's queries and use cases, wired as the api module wires the rest. */
export function reviewProviders(config: AppConfig, isAssignable: AssigneeCheck): Provider[] {
  return [
    {
      provide: ReviewQueueQuery,
      inject: [DataSource],
      useFactory: (dataSource: DataSource) =>
        new ReviewQueueQuery(dataSource, config.COMPANY_TIME_ZONE),
    },
    {
      provide: RequestReviewQuery,
      inject: [DataSource, DataMapStore],
      useFactory: (dataSource: DataSource, maps: DataMapStore) =>
        new RequestReviewQuery(
          dataSource,
          config.COMPANY_TIME_ZONE,
          (system, table) => datasetLabel(maps.current().map)(system, table),
          // The map in force, and the registry's look-up, which follows links between databases.
          async (email) => {
            const sources = await maps.sources(maps.current().version);
            return Promise.all(
              sources.connectors.map(async (connector) => ({
                source: connector.system.name,
                tables: await connector.countRows(
                  await sources.locate(connector.system.name, { email }),
                ),
              })),
            );
          },
        ),
    },
    {
      provide: ReviewDecisionsUseCase,
      inject: [DataSource, RenderNoticeUseCase],
      useFactory: (dataSource: DataSource, notices: RenderNoticeUseCase) =>
        new ReviewDecisionsUseCase(dataSource, notices, { timeZone: config.COMPANY_TIME_ZONE }),
    },
    {
      provide: ReviewHandlingUseCase,
      inject: [DataSource, RenderNoticeUseCase],
      useFactory: (dataSource: DataSource, notices: RenderNoticeUseCase) =>
        new ReviewHandlingUseCase(
          dataSource,
          notices,
          { timeZone: config.COMPANY_TIME_ZONE },
          isAssignable,
        ),
    },
  ];
}
