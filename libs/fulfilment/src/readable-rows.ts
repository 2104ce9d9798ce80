import {
  type DataMap,
  type DataMapField,
  type DataMapTable,
  peopleWords,
} from '@rightsdesk/data-map';
import type { Language } from '@rightsdesk/domain';
import { ANSWER_WORDS } from '@rightsdesk/notices';
import { WITHHELD } from './disclosure';

type Row = Record<string, unknown>;

/** How a person reads one dataset: its name, its columns' names, and each value in words. */
export interface DatasetReader {
  label: string;
  /** The columns a person reads (internal keys left out), with their names, in order. */
  columns: Array<{ column: string; label: string }>;
  /** A row's values as a person reads them, in column order; the row is already disclosed. */
  cells(row: Row): string[];
  /** Any column's name for people, e.g. for the list of fields held but not disclosed. */
  fieldLabel(column: string): string;
}

/** Makes the reader of a dataset of the map, in one language, with times in one zone. */
export type ReaderFor = (system: string, table: string, definition: DataMapTable) => DatasetReader;

/**
 * Reads a dataset in the data map's words for people (peopleWords): the dataset's and fields'
 * labels, never a staff note or a column name, and each value as its field is shown (money as
 * money in its currency, dates in words, times in `zone`, codes explained). A value withheld
 * for the person's security says so in their language.
 */
export function readerFromMap(map: DataMap, language: Language, zone: string): ReaderFor {
  const words = peopleWords(map, { timeZone: zone });
  const say = ANSWER_WORDS.in(language);
  return (system, table, definition) => {
    const fieldLabel = (column: string) => words.field(system, table, column, language);
    const columns = Object.entries(definition.fields)
      .filter(([, field]) => !isInternalKey(field))
      .map(([column]) => ({ column, label: fieldLabel(column) }));
    return {
      label: words.dataset(system, table, language),
      columns,
      fieldLabel,
      cells: (row) =>
        columns.map(({ column }) =>
          row[column] === WITHHELD
            ? say('report.withheld_value')
            : words.value(system, table, column, row[column], language, row),
        ),
    };
  };
}

/** Row keys and links to other rows are not the person's data; the files keep them. */
function isInternalKey(field: DataMapField): boolean {
  return field.category === 'none' && !field.label;
}
