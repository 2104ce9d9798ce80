import { DataSource } from 'typeorm';
import { DataSubjectRequest, FulfilmentStep, transitionRequest } from '@rightsdesk/persistence';
import { type FulfilmentSource, planFulfilment } from './fulfilment-plan';

/** Starts the flow of jobs; in the worker this is BullMQ's FlowProducer (FulfilmentFlow). */
export interface FlowStarter {
  add(requestId: string, generation: number, stepIds: readonly string[]): Promise<void>;
}

/**
 * Moves an approved request to in_progress, records its steps (one per action and source), and
 * starts a flow for the steps not yet done. Safe to run again: steps already recorded are kept,
 * steps already done are not redone, and a flow already started is not started twice.
 */
export class StartFulfilmentUseCase {
  constructor(
    private readonly dataSource: DataSource,
    /** Databases, webhooks and manual systems (SourceRegistry.fulfilmentSources). */
    private readonly systems: readonly FulfilmentSource[],
    private readonly flow: FlowStarter,
  ) {}

  async execute(requestId: string, generation: number): Promise<void> {
    const pending = await this.dataSource.transaction(async (manager) => {
      const request = await manager
        .getRepository(DataSubjectRequest)
        .createQueryBuilder('request')
        .setLock('pessimistic_write')
        .where('request.id = :requestId', { requestId })
        .getOne();
      if (!request) throw new Error(`request ${requestId} does not exist`);
      if (request.status === 'approved') {
        await transitionRequest(manager, requestId, 'start', { actor: 'worker' });
      } else if (request.status !== 'in_progress') {
        return null; // cancelled, denied or finished meanwhile: nothing to start
      }
      for (const step of planFulfilment(request.type, this.systems)) {
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
