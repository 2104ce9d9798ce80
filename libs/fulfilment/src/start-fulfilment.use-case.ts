import { Inject, Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { FulfilmentStep } from '@rightsdesk/persistence';
import { RequestRepository } from '@rightsdesk/requests';
import { planFulfilment } from './fulfilment-plan';
import { FulfilmentSources } from './fulfilment-sources';

/** Starts the flow of jobs; in the worker this is BullMQ's FlowProducer (FulfilmentFlow). */
export interface FlowStarter {
  add(requestId: string, generation: number, stepIds: readonly string[]): Promise<void>;
}

/** The worker's FlowStarter (FulfilmentFlow over BullMQ). */
export const FLOW_STARTER = Symbol('FLOW_STARTER');

/**
 * Moves an approved request to in_progress, records its steps (one per action and source), and
 * starts a flow for the steps not yet done. Safe to run again: steps already recorded are kept,
 * steps already done are not redone, and a flow already started is not started twice.
 */
@Injectable()
export class StartFulfilmentUseCase {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly sources: FulfilmentSources,
    private readonly requests: RequestRepository,
    @Inject(FLOW_STARTER) private readonly flow: FlowStarter,
  ) {}

  async execute(requestId: string, generation: number): Promise<void> {
    // Databases, webhooks and manual systems of the version the request is pinned to now.
    const systems = (await this.sources.starting(requestId)).fulfilmentSources();
    const pending = await this.txHost.withTransaction(async () => {
      const manager = this.txHost.tx;
      const request = await this.requests.findForUpdate(requestId);
      if (!request) throw new Error(`request ${requestId} does not exist`);
      if (request.status === 'approved') {
        await this.requests.transition(requestId, 'start', { actor: 'worker' });
      } else if (request.status !== 'in_progress') {
        return null; // cancelled, denied or finished meanwhile: nothing to start
      }
      for (const step of planFulfilment(request.type, systems)) {
        await manager
          .createQueryBuilder()
          .insert()
          .into(FulfilmentStep)
          .values({ requestId, action: step.action, source: step.source })
          .orIgnore()
          .execute();
      }
      const steps = await manager
        .getRepository(FulfilmentStep)
        .find({ where: { requestId }, order: { createdAt: 'ASC' } });
      // A waiting step is not run again: its recipient or staff finishes it.
      return steps
        .filter((step) => step.status !== 'done' && step.status !== 'waiting')
        .map((step) => step.id);
    });
    if (pending) await this.flow.add(requestId, generation, pending);
  }
}
