import {
  Inject,
  Injectable,
  Logger,
  OnApplicationShutdown,
  OnModuleInit,
  Provider,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppConfig } from '@rightsdesk/config';
import type { WebhookEndpoint } from '@rightsdesk/connectors';
import type { DataMap } from '@rightsdesk/data-map';
import { DataMapStore } from './data-map-store';
import { policyDefaults } from './policy-settings';
import { PolicySettingsStore } from './policy-settings-store';

/** What a process resolved at start-up (PreparedProcess), as the stores need it. */
export interface AdministrationInputs {
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
export class AdministrationLifecycle implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('administration');

  constructor(
    @Inject(DataMapStore) private readonly maps: DataMapStore,
    @Inject(PolicySettingsStore) private readonly policy: PolicySettingsStore,
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

/** The data map store and the policy settings, shared by the api and the worker. */
export function administrationProviders(
  { config, dataMap, connections, webhooks }: AdministrationInputs,
  env: NodeJS.ProcessEnv = process.env,
): Provider[] {
  // A newer map may name a variable the configuration parsed (SHOP_DATABASE_URL; the parsed
  // value wins, since tests hand the process a configuration rather than process.env) or any
  // other variable of the environment.
  const variables: Record<string, string | undefined> = { ...env };
  for (const [name, value] of Object.entries(config)) {
    if (typeof value === 'string' && /^[A-Z][A-Z0-9_]*$/.test(name)) variables[name] = value;
  }
  return [
    {
      provide: DataMapStore,
      inject: [DataSource],
      useFactory: (dataSource: DataSource) =>
        new DataMapStore(dataSource, {
          filePath: config.DATA_MAP_PATH,
          fileMap: dataMap,
          connections,
          webhooks,
          variables,
          allowPrivateWebhooks: config.WEBHOOK_ALLOW_PRIVATE,
        }),
    },
    {
      provide: PolicySettingsStore,
      inject: [DataSource],
      useFactory: (dataSource: DataSource) =>
        new PolicySettingsStore(dataSource, policyDefaults(config)),
    },
    AdministrationLifecycle,
  ];
}
