import { Provider } from '@nestjs/common';
import { TestingModule } from '@nestjs/testing';
import { useCaseModule } from '../../../test/support/use-case-module';
import { LifecycleSettings, LifecycleSettingsInForce } from './lifecycle-settings';

export const UNIT_SETTINGS: LifecycleSettings = {
  defaultRegime: 'ccpa',
  timeZone: 'America/Los_Angeles',
  tokenKey: Buffer.alloc(32, 7),
  sealKey: Buffer.alloc(32, 7),
  approval: { entries: [], reviewWithdrawals: false },
  verificationExpiryDays: 30,
  correction: {
    correctableFields: ['email', 'phone'],
    datasets: [{ system: 'shop', table: 'customers', fields: ['email', 'phone'], together: [] }],
    dataPointOf: { phone: 'phone' },
  },
};

/** An intake use case with its collaborators replaced and the lifecycle settings given. */
export function useCaseTestModule(
  subject: Provider,
  collaborators: Provider[],
  settings: Partial<LifecycleSettings> = {},
): Promise<TestingModule> {
  return useCaseModule(subject, [
    ...collaborators,
    {
      provide: LifecycleSettingsInForce,
      useValue: { current: () => ({ ...UNIT_SETTINGS, ...settings }) },
    },
  ]);
}
