import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { RequestEvent } from '@rightsdesk/persistence';

export interface TimelineEntry {
  at: string;
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  reason: string | null;
}

/** A request's audit trail in the order it happened, without actors or facts. */
@Injectable()
export class RequestTimelineQuery {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  async of(requestId: string): Promise<TimelineEntry[]> {
    const events = await this.txHost.tx.getRepository(RequestEvent).find({
      where: { requestId },
      order: { seq: 'ASC' },
    });
    return events.map((event) => ({
      at: event.at.toISOString(),
      action: event.action,
      fromStatus: event.fromStatus,
      toStatus: event.toStatus,
      reason: event.reason,
    }));
  }
}
