import { Provider } from '@nestjs/common';
import { Test, TestingModule } from '@nestjs/testing';
import { ClsPluginTransactional, NoOpTransactionalAdapter } from '@nestjs-cls/transactional';
import { ClsModule } from 'nestjs-cls';
import { LifecycleSettings, LifecycleSettingsInForce } from './lifecycle-settings';

export const UNIT_SETTINGS: LifecycleSettings = {
  defaultRegime: 'ccpa',
  timeZone: 'America/Los_Angeles',
  tokenKey: Buffer.alloc(32, 7),
  sealKey: Buffer.alloc(32, 7),
  autoApprove: [],
  verificationExpiryDays: 30,
  correction: { correctableFields: ['email', 'phone'], dataPointOf: { phone: 'phone' } },
};

/**
 * A use case with its collaborators replaced (the repository and the like), in a transactional
 * context that opens no real transaction: for unit tests of what a use case decides.
 */
export async function useCaseTestModule(
  subject: Provider,
  collaborators: Provider[],
  settings: Partial<LifecycleSettings> = {},
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
      {
        provide: LifecycleSettingsInForce,
        useValue: { current: () => ({ ...UNIT_SETTINGS, ...settings }) },
      },
    ],
  }).compile();
}
