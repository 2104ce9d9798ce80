import { categoryWords, type PeopleLanguage } from './category-words';
import type { DataMap, DataMapField, DataMapTable } from './data-map.schema';

/**
 * The words a person reads for the data map: each dataset's and field's `label`, and a field's
 * values as `shown_as` says (money as money, dates in words, codes explained). Never a staff
 * `description` and never a raw table or column name.
 *
 * Fallbacks, for a stored map from before labels existed (activation now requires them):
 * - a system without a label is "Our records" / "Nuestros registros";
 * - a dataset without a label is named by the categories of its personal fields, e.g.
 *   "Data about you: Name, Postal address" / "Datos sobre usted: Nombre, Dirección postal";
 *   with no personal field, "Other data about you" / "Otros datos sobre usted";
 * - a field without a label is named by its data category ("Postal address"), or
 *   "Other detail" / "Otro dato" for a field of category none;
 * - a code the map does not explain is shown as stored (it is the person's own data).
 */
export interface PeopleWords {
  /** Where the data is kept (a system of the map): "Our shop's records", a mailing service. */
  system(system: string, language: PeopleLanguage): string;
  /** A table's name; for a webhook or manual system, the system's name (it has no tables). */
  dataset(system: string, table: string, language: PeopleLanguage): string;
  field(system: string, table: string, column: string, language: PeopleLanguage): string;
  /**
   * A stored value as a person reads it. `row` is the record the value comes from: a money
   * field whose currency is in a sibling column reads it there.
   */
  value(
    system: string,
    table: string,
    column: string,
    raw: unknown,
    language: PeopleLanguage,
    row?: Readonly<Record<string, unknown>>,
  ): string;
  /**
   * The record a correction names, in words: its dataset, and the kind the person named it by
   * (the code's words, "Billing address") or the field and value it read.
   */
  record(
    system: string,
    table: string,
    record: NamedRecord | null,
    language: PeopleLanguage,
  ): RecordWords;
}

/** How a person names one of several records they hold in a dataset (as a request keeps it). */
export type NamedRecord =
  { by: 'kind'; value: string } | { by: 'current_value'; field: string; value: string };

/** A named record in people's words; the catalogues put them into a sentence. */
export interface RecordWords {
  /** The dataset's label: "Your saved addresses". */
  dataset: string;
  /** The kind the person named, in words: "Billing address". */
  kind?: string;
  /** The field and the value the record read, for a record named by what it says. */
  where?: { field: string; value: string };
}

export interface PeopleWordsOptions {
  /** The IANA zone datetimes are shown in, named after the time; UTC when not given. */
  timeZone?: string;
}

const LOCALES = { en: 'en-GB', es: 'es-ES' } as const;
const MONEY_LOCALES = { en: 'en-US', es: 'es-ES' } as const;
const WORDS = {
  en: {
    yes: 'Yes',
    no: 'No',
    none: 'Not recorded',
    about: 'Data about you',
    other: 'Other data about you',
    records: 'Our records',
    at: 'at',
  },
  es: {
    yes: 'Sí',
    no: 'No',
    none: 'No consta',
    about: 'Datos sobre usted',
    other: 'Otros datos sobre usted',
    records: 'Nuestros registros',
    at: 'a las',
  },
} as const;

export function peopleWords(map: DataMap, options: PeopleWordsOptions = {}): PeopleWords {
  const timeZone = options.timeZone ?? 'UTC';
  const tableOf = (system: string, table: string): DataMapTable | undefined => {
    const mapped = map.systems[system];
    return mapped?.connector === 'postgres' ? mapped.tables[table] : undefined;
  };
  const fieldOf = (system: string, table: string, column: string): DataMapField | undefined =>
    tableOf(system, table)?.fields[column];

  const systemWords = (system: string, language: PeopleLanguage): string =>
    map.systems[system]?.label?.[language] ?? WORDS[language].records;
  const words: PeopleWords = {
    system: systemWords,
    dataset(system, table, language) {
      const mapped = map.systems[system];
      if (mapped && mapped.connector !== 'postgres') return systemWords(system, language);
      return tableWords(tableOf(system, table), language);
    },
    field(system, table, column, language) {
      const field = fieldOf(system, table, column);
      return field?.label?.[language] ?? categoryWords(field?.category ?? 'none', language);
    },
    value(system, table, column, raw, language, row) {
      return formatValue(fieldOf(system, table, column), raw, language, timeZone, row);
    },
    record(system, table, record, language) {
      const dataset = words.dataset(system, table, language);
      if (record?.by === 'current_value')
        return {
          dataset,
          where: { field: words.field(system, table, record.field, language), value: record.value },
        };
      const namedBy = tableOf(system, table)?.correction?.record_named_by;
      if (record?.by === 'kind' && namedBy)
        return { dataset, kind: words.value(system, table, namedBy, record.value, language) };
      return { dataset };
    },
  };
  return words;
}

/**
 * A table's name for people from its definition: its label, else the data categories it holds
 * (see peopleWords), never its description or its name.
 */
export function tableWords(table: DataMapTable | undefined, language: PeopleLanguage): string {
  const label = table?.label?.[language];
  if (label) return label;
  const categories = [
    ...new Set(
      Object.values(table?.fields ?? {})
        .map((field) => field.category)
        .filter((category) => category !== 'none'),
    ),
  ];
  if (categories.length === 0) return WORDS[language].other;
  return `${WORDS[language].about}: ${categories.map((c) => categoryWords(c, language)).join(', ')}`;
}

function formatValue(
  field: DataMapField | undefined,
  raw: unknown,
  language: PeopleLanguage,
  timeZone: string,
  row: Readonly<Record<string, unknown>> | undefined,
): string {
  if (raw === null || raw === undefined || raw === '') return WORDS[language].none;
  switch (field?.shown_as ?? 'text') {
    case 'money_cents': {
      const cents = Number(raw);
      const currency = field?.currency;
      const code = currency && 'code' in currency ? currency.code : row?.[currency?.column ?? ''];
      if (!Number.isFinite(cents)) return String(raw);
      if (typeof code !== 'string' || !/^[A-Za-z]{3}$/.test(code)) return (cents / 100).toFixed(2);
      return new Intl.NumberFormat(MONEY_LOCALES[language], {
        style: 'currency',
        currency: code.toUpperCase(),
      }).format(cents / 100);
    }
    case 'date':
      return formatDate(raw, language, timeZone, false);
    case 'datetime':
      return formatDate(raw, language, timeZone, true);
    case 'yes_no': {
      const yes = raw === true || raw === 1 || ['t', 'true', '1', 'yes'].includes(String(raw));
      const no = raw === false || raw === 0 || ['f', 'false', '0', 'no'].includes(String(raw));
      if (yes) return WORDS[language].yes;
      if (no) return WORDS[language].no;
      return String(raw);
    }
    case 'code':
      return field?.codes?.[String(raw)]?.[language] ?? String(raw);
    case 'language':
      return displayName(String(raw), 'language', language);
    case 'country':
      return displayName(String(raw).toUpperCase(), 'region', language);
    case 'text':
      if (raw instanceof Date) return formatDate(raw, language, timeZone, true);
      if (Array.isArray(raw)) return raw.map(String).join(', ');
      if (typeof raw === 'object') return JSON.stringify(raw);
      return String(raw as string | number | boolean);
  }
}

/**
 * A language (ISO 639 / BCP 47: "el") or country (ISO 3166-1: "GR") code by its name in the
 * reader's language ("Greek", "griego"); a value that is no such code is shown as stored.
 */
function displayName(code: string, type: 'language' | 'region', language: PeopleLanguage): string {
  try {
    return new Intl.DisplayNames([LOCALES[language]], { type, fallback: 'none' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "7 January 2027" / "7 de enero de 2027"; with a time, "… at 14:05 (UTC)". */
export function formatDate(
  raw: unknown,
  language: PeopleLanguage,
  timeZone: string,
  withTime: boolean,
): string {
  const dateOnly = typeof raw === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw);
  const date = raw instanceof Date ? raw : new Date(dateOnly ? `${raw}T00:00:00Z` : String(raw));
  if (Number.isNaN(date.getTime())) return String(raw);
  // A calendar date has no zone: shown as stored, not moved to the previous day.
  const zone = dateOnly ? 'UTC' : timeZone;
  const day = new Intl.DateTimeFormat(LOCALES[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: zone,
  }).format(date);
  if (!withTime || dateOnly) return day;
  const time = new Intl.DateTimeFormat(LOCALES[language], {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: zone,
  }).format(date);
  return `${day} ${WORDS[language].at} ${time} (${zone})`;
}
