import type { DataMap } from './data-map.schema';

/** A dataset's name for people: the table's description in the map, else its name. */
export function datasetLabel(map: DataMap): (system: string, table: string) => string {
  return (system, table) => {
    const mapped = map.systems[system];
    return (mapped?.connector === 'postgres' && mapped.tables[table]?.description) || table;
  };
}
