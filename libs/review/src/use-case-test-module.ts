import { Provider } from '@nestjs/common';
import { TestingModule } from '@nestjs/testing';
import { APP_CONFIG } from '@rightsdesk/config';
import { useCaseModule } from '../../../test/support/use-case-module';

export const UNIT_TIME_ZONE = 'America/Los_Angeles';

/** A review use case with its collaborators (repository, audit trail, notices) replaced. */
export function useCaseTestModule(
  subject: Provider,
  collaborators: Provider[],
): Promise<TestingModule> {
  return useCaseModule(subject, [
    ...collaborators,
    { provide: APP_CONFIG, useValue: { COMPANY_TIME_ZONE: UNIT_TIME_ZONE } },
  ]);
}
