import { Provider } from '@nestjs/common';
import { RetryFulfilmentUseCase } from '@rightsdesk/fulfilment';
import { FAILED_REQUEST_RETRY, QueueHealth } from '@rightsdesk/queue';

/** What only the api needs for administration: queue health, with an officer's retry. */
export const ADMIN_API_PROVIDERS: Provider[] = [
  QueueHealth,
  { provide: FAILED_REQUEST_RETRY, useExisting: RetryFulfilmentUseCase },
];
