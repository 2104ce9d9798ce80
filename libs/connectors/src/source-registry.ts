import { Pool } from 'pg';
import {
  DataMap,
  externalRootKey,
  type ManualSystem,
  type PeopleFreeText,
  type WebhookSystem,
  mappedSystem,
  systemsOf,
} from '@rightsdesk/data-map';
import type { FulfilmentAction } from '@rightsdesk/persistence';
import { AmbiguousPersonError } from './ambiguous-person.error';
import { PostgresConnector } from './postgres-connector';
import type { SubjectIdentity, SubjectLocation } from './subject-identity';
import type { WebhookEndpoint } from './webhook-endpoint';

/** A system as fulfilment plans it: its name and the actions it takes part in. */
export interface PlannedSource {
  name: string;
  actions: readonly FulfilmentAction[];
}

/** A system that is told rather than changed: a recipient's webhook, or a task done by hand. */
export type ToldSystem = (WebhookSystem | ManualSystem) & {
  name: string;
  /**
   * The recipient from the map's catalogue, when the system names one: `name` in English for
   * staff, `names` in each language the map gives, for the person's notice.
   */
  recipientOf: { id: string; name: string; names: PeopleFreeText } | null;
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
          recipient && system.recipient
            ? { id: system.recipient, name: recipient.name.en, names: recipient.name }
            : null;
        return { ...system, recipientOf };
      },
    );
  }

  /** Every system a request is carried out on, in the map's order, for planning its steps. */
  fulfilmentSources(): PlannedSource[] {
    const order = Object.keys(this.dataMap.systems);
    return [
      ...this.connectors.map((connector) => ({
        name: connector.system.name,
        actions: databaseActions(connector),
      })),
      ...this.told.map((system) => ({ name: system.name, actions: system.actions })),
    ].sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
  }

  /**
   * Finds the person in one database. A database linked to another (the demo's analytics keeps
   * the shop's customer id, and no foreign key can cross databases) first needs the person's keys
   * there, found by identity in that system. Refuses (AmbiguousPersonError) when the name and
   * address of a person without an email match several people: nothing is read or changed for
   * a guess.
   */
  async locate(source: string, identity: SubjectIdentity): Promise<SubjectLocation> {
    const connector = this.connector(source);
    const linked: Record<string, string[]> = {};
    for (const parent of connector.externalParents()) {
      const there = onePerson(await this.connector(parent.system).locate(identity));
      linked[externalRootKey(parent.system, parent.table)] = [...(there.roots[parent.table] ?? [])];
    }
    return onePerson(await connector.locate(identity, linked));
  }

  /**
   * A location joined with the keys other databases' locations hold, such as those an erasure
   * step stored before the email that finds them was hashed away.
   */
  withKnownKeys(location: SubjectLocation, known: readonly SubjectLocation[]): SubjectLocation {
    const roots: Record<string, string[]> = Object.fromEntries(
      Object.entries(location.roots).map(([key, keys]) => [key, [...keys]]),
    );
    for (const parent of this.connector(location.system).externalParents()) {
      const key = externalRootKey(parent.system, parent.table);
      const keys = new Set(roots[key] ?? []);
      for (const other of known)
        if (other.system === parent.system)
          for (const found of other.roots[parent.table] ?? []) keys.add(found);
      roots[key] = [...keys];
    }
    return { ...location, roots, found: Object.values(roots).some((keys) => keys.length > 0) };
  }

  connector(source: string): PostgresConnector {
    const connector = this.connectors.find((candidate) => candidate.system.name === source);
    if (!connector) throw new Error(`no data source "${source}" in the data map`);
    return connector;
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

/** The location, unless it found several people who could be the one asking. */
function onePerson(location: SubjectLocation): SubjectLocation {
  const ambiguous = location.ambiguous;
  if (ambiguous) throw new AmbiguousPersonError(location.system, ambiguous.table, ambiguous.keys);
  return location;
}

/**
 * What a database takes part in: erasure wherever it holds people's rows, correction where the
 * map marks a field correctable, consent withdrawal where it keeps consents, subscriptions or
 * preference flags. A step that could change nothing would only add noise to the request.
 */
function databaseActions(connector: PostgresConnector): FulfilmentAction[] {
  const tables = connector.tables().map((name) => connector.system.tables[name]);
  const actions: FulfilmentAction[] = [];
  if (tables.length > 0) actions.push('erase');
  if (tables.some((table) => Object.values(table?.fields ?? {}).some((field) => field.correctable)))
    actions.push('correct');
  if (tables.some((table) => table?.consent || table?.marketing || table?.preference_flags))
    actions.push('withdraw_consent');
  return actions;
}
