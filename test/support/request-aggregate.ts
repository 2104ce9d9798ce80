import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { DataSource } from 'typeorm';
import { AuditTrail, RequestRepository, RequestsModule } from '@rightsdesk/requests';
import { transactionalModuleOver } from './transaction-host';

const aggregates = new WeakMap<DataSource, Promise<RequestAggregate>>();

/** The request aggregate's repository and audit trail, as RequestsModule provides them. */
export interface RequestAggregate {
  requests: RequestRepository;
  audit: AuditTrail;
  /** Opens the transaction they write in (`withTransaction`). */
  transactions: TransactionHost<TransactionalAdapterTypeOrm>;
}

/** The request aggregate over a data source a test opened itself (one per data source). */
export function requestAggregateFor(dataSource: DataSource): Promise<RequestAggregate> {
  let aggregate = aggregates.get(dataSource);
  if (!aggregate) {
    aggregate = transactionalModuleOver(dataSource, { imports: [RequestsModule] }).then(
      (moduleRef) => ({
        requests: moduleRef.get(RequestRepository),
        audit: moduleRef.get(AuditTrail),
        transactions: moduleRef.get<TransactionHost<TransactionalAdapterTypeOrm>>(TransactionHost),
      }),
    );
    aggregates.set(dataSource, aggregate);
  }
  return aggregate;
}
