import { Provider } from '@nestjs/common';
import { TestingModule } from '@nestjs/testing';
import { APP_CONFIG } from '@rightsdesk/config';
import { useCaseModule } from '../../../test/support/use-case-module';

/**
 * A fulfilment use case over a stand-in for the transaction's EntityManager (these use cases
 * still read `txHost.tx` directly), with its collaborators replaced and no database.
 */
export function useCaseTestModule(
  subject: Provider,
  manager: object,
  collaborators: Provider[] = [],
): Promise<TestingModule> {
  return useCaseModule(
    subject,
    [
      ...collaborators,
      {
        provide: APP_CONFIG,
        useValue: { tokenKey: Buffer.alloc(32, 7), packageEncryptionKey: Buffer.alloc(32, 9) },
      },
    ],
    manager,
  );
}
