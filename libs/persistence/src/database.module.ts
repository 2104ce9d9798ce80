import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule, getDataSourceToken } from '@nestjs/typeorm';
import { ClsPluginTransactional } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { ClsModule } from 'nestjs-cls';
import { dataSourceOptions } from './data-source-options';
import { Outbox } from './outbox-writer';

/**
 * Rightsdesk's database and its transactional context. Repositories read the current
 * entity manager from `TransactionHost.tx` (the open transaction, or the plain manager outside
 * one); use cases open a transaction with `txHost.withTransaction()`. Opening one starts its
 * own context when none is active, so this works the same in HTTP handlers, worker jobs, the CLI
 * and tests; no middleware is mounted. (Not the `@Transactional()` decorator: it finds its host
 * through a static registry, which picks the wrong one when a process holds two Nest contexts.)
 */
@Module({})
export class DatabaseModule {
  static forRoot(databaseUrl: string, poolSize?: number): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, poolSize)),
        ClsModule.forRoot({
          global: true,
          plugins: [
            new ClsPluginTransactional({
              imports: [TypeOrmModule],
              adapter: new TransactionalAdapterTypeOrm({ dataSourceToken: getDataSourceToken() }),
            }),
          ],
        }),
      ],
      providers: [Outbox],
      exports: [TypeOrmModule, ClsModule, Outbox],
    };
  }
}
