import { Pool } from 'pg';
import { PostgresConnector, type WebhookEndpoint } from '@rightsdesk/connectors';
import {
  DataMap,
  type ManualSystem,
  type WebhookSystem,
  mappedSystem,
  systemsOf,
} from '@rightsdesk/data-map';
import type { FulfilmentSource } from './fulfilment-plan';

/** A system that is told rather than changed: a recipient's webhook, or a task done by hand. */
export type ToldSystem = (WebhookSystem | ManualSystem) & {
  name: string;
  /** The recipient from the map's catalogue, when the system names one. */
  recipientOf: { id: string; name: string } | null;
};

/**
 * One connector per database of the data map, with its connection pool, built once per process,
 * and the map's webhook and manual systems. Connection URLs and webhook URLs and secrets come
 * from the variables the map names, never from the map itself.
 */
export class SourceRegistry {
  readonly connectors: readonly PostgresConnector[];
  readonly told: readonly ToldSystem[];
  private readonly pools: Pool[] = [];

  constructor(
    readonly dataMap: DataMap,
    connections: Readonly<Record<string, string>>,
    /** Per webhook system whose variables are set; the others become manual tasks. */
    private readonly webhooks: Readonly<Record<string, WebhookEndpoint>> = {},
  ) {
    this.connectors = systemsOf(dataMap, 'postgres').map(({ name }) => {
      const pool = new Pool({ connectionString: connections[name], max: 4 });
      pool.on('error', () => undefined); // an idle client dropped by the server is replaced on next use
      this.pools.push(pool);
      return new PostgresConnector(mappedSystem(dataMap, name), pool);
    });
    this.told = [...systemsOf(dataMap, 'webhook'), ...systemsOf(dataMap, 'manual')].map(
      (system) => {
        const recipient = system.recipient ? dataMap.recipients[system.recipient] : undefined;
        const recipientOf =
          recipient && system.recipient ? { id: system.recipient, name: recipient.name } : null;
        return { ...system, recipientOf };
      },
    );
  }

  /** Every system a request is carried out on, in the map's order, for planning its steps. */
  fulfilmentSources(): FulfilmentSource[] {
    const order = Object.keys(this.dataMap.systems);
    return [
      ...this.connectors.map((connector) => ({ name: connector.system.name })),
      ...this.told.map((system) => ({ name: system.name, actions: system.actions })),
    ].sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
  }

  toldSystem(name: string): ToldSystem | undefined {
    return this.told.find((system) => system.name === name);
  }

  /** The webhook's URL and secret; undefined when its variables are unset. */
  webhookEndpoint(name: string): WebhookEndpoint | undefined {
    return this.webhooks[name];
  }

  async close(): Promise<void> {
    await Promise.all(this.pools.map((pool) => pool.end()));
  }
}
