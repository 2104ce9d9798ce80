import { Module, ModuleMetadata } from '@nestjs/common';
import { Test, TestingModule } from '@nestjs/testing';
import { ClsPluginTransactional, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { ClsModule } from 'nestjs-cls';
import { DataSource } from 'typeorm';

const hosts = new WeakMap<DataSource, Promise<TransactionHost<TransactionalAdapterTypeOrm>>>();

/**
 * The transactional context over a data source a test opened itself, as DatabaseModule sets it
 * up in the processes (one per data source).
 */
export function transactionHostFor(
  dataSource: DataSource,
): Promise<TransactionHost<TransactionalAdapterTypeOrm>> {
  let host = hosts.get(dataSource);
  if (!host) {
    host = build(dataSource);
    hosts.set(dataSource, host);
  }
  return host;
}

async function build(dataSource: DataSource) {
  const moduleRef = await transactionalModuleOver(dataSource);
  return moduleRef.get<TransactionHost<TransactionalAdapterTypeOrm>>(TransactionHost);
}

/**
 * A module over a data source a test opened itself, with the transactional context and the
 * imports and providers given (e.g. RequestsModule for the request aggregate).
 */
export function transactionalModuleOver(
  dataSource: DataSource,
  metadata: Pick<ModuleMetadata, 'imports' | 'providers'> = {},
): Promise<TestingModule> {
  @Module({ providers: [{ provide: DataSource, useValue: dataSource }], exports: [DataSource] })
  class GivenDataSource {}
  return Test.createTestingModule({
    imports: [
      ClsModule.forRoot({
        global: true,
        plugins: [
          new ClsPluginTransactional({
            imports: [GivenDataSource],
            adapter: new TransactionalAdapterTypeOrm({ dataSourceToken: DataSource }),
          }),
        ],
      }),
      ...(metadata.imports ?? []),
    ],
    providers: metadata.providers ?? [],
  }).compile();
}
