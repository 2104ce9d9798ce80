import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { analyticsDatabaseUrlFor } from '@rightsdesk/config';
import { readDataMapFile } from '@rightsdesk/data-map';
import {
  CompleteFulfilmentUseCase,
  RunFulfilmentStepUseCase,
  SourceRegistry,
  StartFulfilmentUseCase,
} from '@rightsdesk/fulfilment';
import { dataSourceOptions } from '@rightsdesk/persistence';
import { type BenchDesk, deskEnvironment } from './approved-requests';
import { benchFulfilmentModule } from './fulfilment-module';

/**
 * The fulfilment benchmark's baseline: the approved requests carried out one after another in
 * this process with the worker's own use cases (start, every step, complete), wired as the
 * worker wires them but with no queue, no outbox relay, no Redis and no notices in between.
 * Returns the milliseconds from the first start to the last completion, and each request's.
 */
export async function fulfilDirectly(
  desk: BenchDesk,
  requestIds: readonly string[],
): Promise<{ elapsedMs: number; requestMs: number[] }> {
  const dataSource = await new DataSource(dataSourceOptions(desk.databaseUrl)).initialize();
  // Every database the map names: the shop's, and its analytics database beside it.
  const sources = new SourceRegistry(await readDataMapFile(desk.dataMapPath), {
    shop: desk.shopUrl,
    analytics: analyticsDatabaseUrlFor(desk.shopUrl),
  });
  let steps: readonly string[] = [];
  const fulfilment = await benchFulfilmentModule(
    deskEnvironment(desk) as Record<string, string>,
    databasesOnly(sources),
    { add: async (_requestId, _generation, stepIds) => void (steps = stepIds) },
  );
  try {
    const start = fulfilment.get(StartFulfilmentUseCase);
    const step = fulfilment.get(RunFulfilmentStepUseCase);
    const complete = fulfilment.get(CompleteFulfilmentUseCase);

    const requestMs: number[] = [];
    const started = performance.now();
    for (const requestId of requestIds) {
      const requestStarted = performance.now();
      steps = [];
      await start.execute(requestId, 0);
      for (const stepId of steps) await step.execute(stepId);
      await complete.execute(requestId);
      requestMs.push(performance.now() - requestStarted);
    }
    const elapsedMs = performance.now() - started;

    const [{ completed }] = (await dataSource.query(
      `SELECT count(*)::int AS completed FROM requests WHERE id = ANY($1) AND status = 'completed'`,
      [requestIds],
    )) as Array<{ completed: number }>;
    if (completed !== requestIds.length) {
      throw new Error(`only ${completed} of ${requestIds.length} requests completed directly`);
    }
    return { elapsedMs, requestMs };
  } finally {
    await fulfilment.close();
    await sources.close();
    await dataSource.destroy();
  }
}

/** The baseline plans a step per database and every action, as it always has. */
function databasesOnly(sources: SourceRegistry): SourceRegistry {
  const names = sources.connectors.map((connector) => connector.system.name);
  return Object.create(sources, {
    fulfilmentSources: { value: () => names },
  }) as SourceRegistry;
}
