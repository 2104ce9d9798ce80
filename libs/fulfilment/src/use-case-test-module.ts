import { Provider } from '@nestjs/common';
import { Test, TestingModule } from '@nestjs/testing';
import { ClsPluginTransactional, NoOpTransactionalAdapter } from '@nestjs-cls/transactional';
import { APP_CONFIG } from '@rightsdesk/config';
import { ClsModule } from 'nestjs-cls';

/**
 * A fulfilment use case over a stand-in for the transaction's EntityManager (these use cases
 * still read `txHost.tx` directly), in a transactional context that opens no real transaction:
 * for unit tests of what the use case decides, with no database.
 */
export async function useCaseTestModule(
  subject: Provider,
  manager: object,
  collaborators: Provider[] = [],
): Promise<TestingModule> {
  return Test.createTestingModule({
    imports: [
      ClsModule.forRoot({
        plugins: [
          new ClsPluginTransactional({
            adapter: new NoOpTransactionalAdapter({ tx: manager, disableWarning: true }),
          }),
        ],
      }),
    ],
    providers: [
      subject,
      ...collaborators,
      {
        provide: APP_CONFIG,
        useValue: { tokenKey: Buffer.alloc(32, 7), packageEncryptionKey: Buffer.alloc(32, 9) },
      },
    ],
  }).compile();
}
