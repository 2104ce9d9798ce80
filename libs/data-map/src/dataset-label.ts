import type { DataMap } from './data-map.schema';

/** A dataset's name for people: the table's description in the map, else its name. */
export function datasetLabel(map: DataMap): (system: string, table: string) => string {
  return (system, table) => map.systems[system]?.tables[table]?.description ?? table;
}
