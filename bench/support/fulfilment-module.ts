import { Test, type TestingModule } from '@nestjs/testing';
import { ConfigModule, loadConfig } from '@rightsdesk/config';
import type { SourceRegistry } from '@rightsdesk/connectors';
import { readDataMapFile } from '@rightsdesk/data-map';
import {
  FLOW_STARTER,
  type FlowStarter,
  FulfilmentModule,
  FulfilmentSources,
  StartFulfilmentUseCase,
} from '@rightsdesk/fulfilment';
import { LiveConfigModule } from '@rightsdesk/live-config';
import { DatabaseModule } from '@rightsdesk/persistence';
import { RequestsModule } from '@rightsdesk/requests';

/**
 * The worker's fulfilment use cases from its modules, in this process, on one registry the
 * bench built, with no queue: `flow` receives the steps a start would hand to BullMQ.
 */
export async function benchFulfilmentModule(
  env: Record<string, string>,
  sources: SourceRegistry,
  flow: FlowStarter = { add: () => Promise.resolve() },
): Promise<TestingModule> {
  const config = loadConfig({ LOG_LEVEL: 'silent', ...env });
  const dataMap = await readDataMapFile(config.DATA_MAP_PATH);
  const fixed: Pick<FulfilmentSources, 'starting' | 'ofRequest' | 'ofStep' | 'active'> = {
    starting: () => Promise.resolve(sources),
    ofRequest: () => Promise.resolve(sources),
    ofStep: () => Promise.resolve(sources),
    active: () => Promise.resolve(sources),
  };
  const moduleRef = await Test.createTestingModule({
    imports: [
      ConfigModule.forRoot(config),
      DatabaseModule.forRoot(config.DATABASE_URL),
      LiveConfigModule.forRoot({ config, dataMap, connections: {} }),
      FulfilmentModule,
      RequestsModule,
    ],
    providers: [StartFulfilmentUseCase, { provide: FLOW_STARTER, useValue: flow }],
  })
    .overrideProvider(FulfilmentSources)
    .useValue(fixed)
    .compile();
  await moduleRef.init();
  return moduleRef;
}
