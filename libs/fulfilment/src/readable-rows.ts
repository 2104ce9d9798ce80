import type { DataMapField, DataMapTable } from '@rightsdesk/data-map';
import type { Language } from '@rightsdesk/domain';
import { ANSWER_WORDS, dayInWords, timeInWords } from '@rightsdesk/notices';
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

const MONEY_LOCALES = { en: 'en-US', es: 'es-ES' } as const;

/**
 * Reads a dataset from the map's own words: a field's or table's people label where the map has
 * one, otherwise its column name in words ("total_cents" reads "Total"). Values by their kind:
 * amounts in cents as money in the row's currency, instants as times in `zone`, days as dates in
 * words, true/false as yes/no; a withheld value says so in the person's language.
 */
export function readerFromMap(language: Language, zone: string): ReaderFor {
  const say = ANSWER_WORDS.in(language);
  return (_system, table, definition) => {
    const fields = Object.entries(definition.fields);
    const fieldLabel = (column: string) =>
      peopleLabel(definition.fields[column], language) ?? words(column);
    const columns = fields
      .filter(([column, field]) => !isInternalKey(column, field))
      .map(([column]) => ({ column, label: fieldLabel(column) }));
    const value = (column: string, row: Row): string => {
      const raw = row[column];
      if (raw === null || raw === undefined || raw === '') return say('report.empty_value');
      if (raw === WITHHELD) return say('report.withheld_value');
      if (typeof raw === 'boolean') return say(raw ? 'report.yes' : 'report.no');
      if (column.endsWith('_cents') && Number.isFinite(Number(raw))) {
        return money(Number(raw), currencyOf(definition.fields[column], row), language);
      }
      const instant = asInstant(raw);
      if (instant) {
        return isDayOnly(column, raw)
          ? dayInWords(instant, language)
          : timeInWords(instant, language, zone);
      }
      if (Array.isArray(raw)) return raw.map(String).join(', ');
      if (typeof raw === 'object') return JSON.stringify(raw);
      return String(raw);
    };
    return {
      label: tableLabel(definition, language) ?? words(table),
      columns,
      fieldLabel,
      cells: (row) => columns.map(({ column }) => value(column, row)),
    };
  };
}

/**
 * An amount in cents as money, in the currency the map names (a column of the row or a fixed
 * code) or, failing that, the row's own `currency` column. With neither, the amount alone:
 * a guessed currency would misstate what the person paid.
 */
function money(cents: number, currency: string | undefined, language: Language): string {
  const locale = MONEY_LOCALES[language];
  return currency
    ? new Intl.NumberFormat(locale, { style: 'currency', currency }).format(cents / 100)
    : new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
        cents / 100,
      );
}

function currencyOf(field: DataMapField | undefined, row: Row): string | undefined {
  const named = (field as { currency?: { column?: string; code?: string } } | undefined)?.currency;
  const value = named?.code ?? row[named?.column ?? 'currency'];
  return typeof value === 'string' && /^[A-Z]{3}$/.test(value) ? value : undefined;
}

/** Row keys and links to other rows are not the person's data; the files keep them. */
function isInternalKey(column: string, field: DataMapField): boolean {
  return field.category === 'none' && (column === 'id' || column.endsWith('_id'));
}

/** A column name in words: "card_exp_month" → "Card exp month", "total_cents" → "Total". */
function words(name: string): string {
  const plain = name
    .replace(/_cents$/, '')
    .replace(/_/g, ' ')
    .trim();
  return plain.charAt(0).toUpperCase() + plain.slice(1);
}

function peopleLabel(field: DataMapField | undefined, language: Language): string | undefined {
  const label = (field as { label?: Partial<Record<Language, string>> } | undefined)?.label;
  return label?.[language];
}

function tableLabel(definition: DataMapTable, language: Language): string | undefined {
  return (definition as { label?: Partial<Record<Language, string>> }).label?.[language];
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

function asInstant(value: unknown): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value === 'string' && ISO_INSTANT.test(value)) {
    const parsed = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
    return Number.isNaN(parsed.getTime()) ? null : parsed;
  }
  return null;
}

/** A calendar day (a birth date), not a moment: no time and no zone shift. */
function isDayOnly(column: string, value: unknown): boolean {
  if (typeof value === 'string') return value.length === 10;
  return !column.endsWith('_at') && column.includes('date');
}
