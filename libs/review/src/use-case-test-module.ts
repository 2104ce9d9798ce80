import { Provider } from '@nestjs/common';
import { Test, TestingModule } from '@nestjs/testing';
import { ClsPluginTransactional, NoOpTransactionalAdapter } from '@nestjs-cls/transactional';
import { APP_CONFIG } from '@rightsdesk/config';
import { ClsModule } from 'nestjs-cls';

export const UNIT_TIME_ZONE = 'America/Los_Angeles';

/**
 * A review use case with its collaborators replaced (the repository, the audit trail, the
 * notices), in a transactional context that opens no real transaction: for unit tests of what
 * the use case decides.
 */
export async function useCaseTestModule(
  subject: Provider,
  collaborators: Provider[],
): Promise<TestingModule> {
  return Test.createTestingModule({
    imports: [
      ClsModule.forRoot({
        plugins: [
          new ClsPluginTransactional({
            adapter: new NoOpTransactionalAdapter({
              tx: { manager: 'unit' },
              disableWarning: true,
            }),
          }),
        ],
      }),
    ],
    providers: [
      subject,
      ...collaborators,
      { provide: APP_CONFIG, useValue: { COMPANY_TIME_ZONE: UNIT_TIME_ZONE } },
    ],
  }).compile();
}
