import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { RequestEvent, RequestNote } from '@rightsdesk/persistence';

/** What staff see of a request's history: every audit row with its actor, and the notes. */
@Injectable()
export class RequestHistoryQuery {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /** The request's audit rows in the order they were written. */
  events(requestId: string): Promise<RequestEvent[]> {
    return this.txHost.tx
      .getRepository(RequestEvent)
      .find({ where: { requestId }, order: { seq: 'ASC' } });
  }

  /** Staff's internal notes on the request, oldest first (never shown to the person). */
  notes(requestId: string): Promise<RequestNote[]> {
    return this.txHost.tx
      .getRepository(RequestNote)
      .find({ where: { requestId }, order: { createdAt: 'ASC' } });
  }
}
