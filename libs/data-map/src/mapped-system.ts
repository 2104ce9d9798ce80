import type { DataMap, DataMapSystem, PostgresSystem } from './data-map.schema';

type Connector = DataMapSystem['connector'];
type SystemOf<C extends Connector> = Extract<DataMapSystem, { connector: C }>;

/** A database system of a validated map together with its name, as connectors are given it. */
export type MappedSystem = PostgresSystem & { name: string };

/** The named database system of a map; throws when the map has no such Postgres system. */
export function mappedSystem(map: DataMap, name: string): MappedSystem {
  const system = map.systems[name];
  if (!system) {
    const known = Object.keys(map.systems).join(', ') || 'none';
    throw new Error(`data map version ${map.version} has no system "${name}" (systems: ${known})`);
  }
  if (system.connector !== 'postgres') {
    throw new Error(`data map system "${name}" is a ${system.connector} system, not a database`);
  }
  return { ...system, name };
}

/** Every system of one connector kind, with its name, in the order the map lists them. */
export function systemsOf<C extends Connector>(
  map: DataMap,
  connector: C,
): Array<SystemOf<C> & { name: string }> {
  return Object.entries(map.systems).flatMap(([name, system]) =>
    system.connector === connector ? [{ ...(system as SystemOf<C>), name }] : [],
  );
}
