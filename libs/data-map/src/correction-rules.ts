import type { DataMap } from './data-map.schema';
import { systemsOf } from './mapped-system';

/** The identity data points a corrected column can be: a person contesting it cannot prove with it. */
export type ContestedDataPoint = 'name' | 'phone' | 'postal_address' | 'last_order_number';

export interface CorrectionRules {
  /** Column names some mapped table marks `correctable: true`, sorted. */
  correctableFields: readonly string[];
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
  for (const system of systemsOf(map, 'postgres')) {
    for (const table of Object.values(system.tables)) {
      for (const [column, field] of Object.entries(table.fields)) {
        if (field.correctable) correctable.add(column);
      }
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
  return { correctableFields: [...correctable].sort(), dataPointOf };
}
