import {
  DynamicModule,
  Global,
  Injectable,
  Logger,
  Module,
  OnApplicationShutdown,
  OnModuleInit,
} from '@nestjs/common';
import type { AppConfig } from '@rightsdesk/config';
import type { WebhookEndpoint } from '@rightsdesk/connectors';
import type { DataMap } from '@rightsdesk/data-map';
import { DataMapInForce } from './data-map-in-force';
import { DATA_MAP_ENVIRONMENT, DataMapStore } from './data-map-store';
import { DataMapVersions } from './data-map-versions';
import { PolicyInForce } from './policy-in-force';
import { policyDefaults } from './policy-settings';
import { POLICY_DEFAULTS, PolicySettingsStore } from './policy-settings-store';
import type { DataMapEnvironment } from './system-connections';

/** What a process resolved at start-up (PreparedProcess), as the stores need it. */
export interface LiveConfigInputs {
  config: AppConfig;
  dataMap: DataMap;
  connections: Record<string, string>;
  webhooks?: Record<string, WebhookEndpoint>;
}

/**
 * Starts the stores when the module starts (imports DATA_MAP_PATH when due, reads the active
 * version and the policy) and closes their connections and timers when it stops.
 */
@Injectable()
export class LiveConfigLifecycle implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('administration');

  constructor(
    private readonly maps: DataMapStore,
    private readonly policy: PolicySettingsStore,
  ) {}

  async onModuleInit(): Promise<void> {
    const { imported, fileIgnored } = await this.maps.start();
    if (imported !== null) this.logger.log(`data map file imported as version ${imported}`);
    if (fileIgnored) {
      this.logger.warn(
        'DATA_MAP_PATH differs from the active data map, which an admin uploaded: the file is ignored',
      );
    }
    await this.policy.start();
  }

  async onApplicationShutdown(): Promise<void> {
    this.policy.stop();
    await this.maps.close();
  }
}

const SERVICES = [
  DataMapStore,
  DataMapVersions,
  DataMapInForce,
  PolicySettingsStore,
  PolicyInForce,
];

/**
 * The settings that change while the processes run: the data map versions and the policy an
 * admin saves. Global, like the configuration: every use case may read what is in force.
 */
@Global()
@Module({})
export class LiveConfigModule {
  static forRoot(inputs: LiveConfigInputs, env: NodeJS.ProcessEnv = process.env): DynamicModule {
    return {
      module: LiveConfigModule,
      providers: [
        { provide: DATA_MAP_ENVIRONMENT, useValue: dataMapEnvironment(inputs, env) },
        { provide: POLICY_DEFAULTS, useValue: policyDefaults(inputs.config) },
        ...SERVICES,
        LiveConfigLifecycle,
      ],
      exports: SERVICES,
    };
  }
}

function dataMapEnvironment(
  { config, dataMap, connections, webhooks }: LiveConfigInputs,
  env: NodeJS.ProcessEnv,
): DataMapEnvironment {
  // A newer map may name a variable the configuration parsed (SHOP_DATABASE_URL; the parsed
  // value wins, since tests hand the process a configuration rather than process.env) or any
  // other variable of the environment.
  const variables: Record<string, string | undefined> = { ...env };
  for (const [name, value] of Object.entries(config)) {
    if (typeof value === 'string' && /^[A-Z][A-Z0-9_]*$/.test(name)) variables[name] = value;
  }
  return {
    filePath: config.DATA_MAP_PATH,
    fileMap: dataMap,
    connections,
    webhooks,
    variables,
    allowPrivateWebhooks: config.WEBHOOK_ALLOW_PRIVATE,
  };
}
