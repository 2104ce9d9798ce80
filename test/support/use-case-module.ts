import { Provider } from '@nestjs/common';
import { Test, TestingModule } from '@nestjs/testing';
import { ClsPluginTransactional, NoOpTransactionalAdapter } from '@nestjs-cls/transactional';
import { ClsModule } from 'nestjs-cls';

/**
 * A use case with its collaborators replaced (repositories, notices, settings), in a
 * transactional context that opens no real transaction: for unit tests of what a use case
 * decides. `tx` stands for the transaction's EntityManager where a use case still reads it.
 */
export function useCaseModule(
  subject: Provider,
  providers: Provider[],
  tx: object = { manager: 'unit' },
): Promise<TestingModule> {
  return Test.createTestingModule({
    imports: [
      ClsModule.forRoot({
        plugins: [
          new ClsPluginTransactional({
            adapter: new NoOpTransactionalAdapter({ tx, disableWarning: true }),
          }),
        ],
      }),
    ],
    providers: [subject, ...providers],
  }).compile();
}
