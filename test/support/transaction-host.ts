import { Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
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
  @Module({ providers: [{ provide: DataSource, useValue: dataSource }], exports: [DataSource] })
  class GivenDataSource {}
  const moduleRef = await Test.createTestingModule({
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
    ],
  }).compile();
  return moduleRef.get<TransactionHost<TransactionalAdapterTypeOrm>>(TransactionHost);
}
