import type { DataMap } from './data-map.schema';
import { systemsOf } from './mapped-system';

/** The identity data points a corrected column can be: a person contesting it cannot prove with it. */
export type ContestedDataPoint = 'name' | 'phone' | 'postal_address' | 'last_order_number';

/** A table a correction can name, with what it lets a person correct there. */
export interface CorrectableDataset {
  system: string;
  table: string;
  /** Its correctable columns, in map order. */
  fields: readonly string[];
  /** The column a person names one of their records by (e.g. `kind`), with its values. */
  namedBy?: { column: string; kinds: readonly string[] };
  /** Columns corrected together; each correctable column not grouped stands alone. */
  together: ReadonlyArray<readonly string[]>;
}

export interface CorrectionRules {
  /** Column names some mapped table marks `correctable: true`, sorted. */
  correctableFields: readonly string[];
  /** Every table with a correctable column, in map order. */
  datasets: readonly CorrectableDataset[];
  /** Columns that are data points somewhere in the map, with the data point they are. */
  dataPointOf: Readonly<Record<string, ContestedDataPoint>>;
}

/**
 * What a correction request may name, and which identity data points it disputes (regs 7060:
 * corrections are verified with data that is not being contested). Read once from the map.
 */
export function correctionRules(map: DataMap): CorrectionRules {
  const correctable = new Set<string>();
  const dataPointOf: Record<string, ContestedDataPoint> = {};
  const datasets: CorrectableDataset[] = [];
  for (const system of systemsOf(map, 'postgres')) {
    for (const [name, table] of Object.entries(system.tables)) {
      const fields = Object.entries(table.fields)
        .filter(([, field]) => field.correctable)
        .map(([column]) => column);
      for (const column of fields) correctable.add(column);
      const correction = table.correction;
      if (fields.length > 0 && table.link)
        datasets.push({
          system: system.name,
          table: name,
          fields,
          ...(correction?.record_named_by
            ? {
                namedBy: {
                  column: correction.record_named_by,
                  kinds: correction.kinds ?? [],
                },
              }
            : {}),
          together: correction?.together ?? [],
        });
      const points = table.data_points;
      for (const column of points?.name ?? []) dataPointOf[column] = 'name';
      if (points?.phone) dataPointOf[points.phone] = 'phone';
      if (points?.postal_address) {
        dataPointOf[points.postal_address.line1] = 'postal_address';
        dataPointOf[points.postal_address.postal_code] = 'postal_address';
      }
      if (points?.order_number) dataPointOf[points.order_number] = 'last_order_number';
    }
  }
  return { correctableFields: [...correctable].sort(), datasets, dataPointOf };
}
