import type { DataMap, DataMapSystem } from './data-map.schema';

/** A system of a validated map together with its name, as connectors are given it. */
export type MappedSystem = DataMapSystem & { name: string };

/** The named system of a map; throws when the map has no such system. */
export function mappedSystem(map: DataMap, name: string): MappedSystem {
  const system = map.systems[name];
  if (!system) {
    const known = Object.keys(map.systems).join(', ') || 'none';
    throw new Error(`data map version ${map.version} has no system "${name}" (systems: ${known})`);
  }
  return { ...system, name };
}
