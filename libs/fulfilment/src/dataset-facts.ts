import {
  DATA_CATEGORIES,
  DATA_SOURCES,
  DataMapRecipient,
  DataMapTable,
  LAWFUL_BASES,
  type PeopleLanguage,
  tableWords,
  textIn,
} from '@rightsdesk/data-map';

/** A recipient as an access response names it: who, in what role, and why (Art. 15(1)(c)). */
export interface RecipientFacts {
  key: string;
  name: string;
  role: DataMapRecipient['role'];
  purpose: string | null;
  transfers: string | null;
}

/**
 * What an access response states about one dataset, from the record of processing (GDPR
 * Art. 15(1)(a)-(h), Art. 30; Civ. Code 1798.110(a)), plus what the person's copy holds of it.
 */
export interface DatasetFacts {
  system: string;
  table: string;
  /** The dataset's name for people, in the person's language (the map's label). */
  label: string;
  /** The data map's category keys, so each language words them (GDPR Art. 15(1)(b)). */
  categoryKeys: string[];
  categories: string[];
  purpose: string | null;
  legalBasis: Array<{ basis: string; wording: string }>;
  legitimateInterest: string | null;
  recipients: RecipientFacts[];
  retention: string | null;
  sources: Array<{ source: string; wording: string }>;
  automatedDecisionMaking: {
    profiling: boolean;
    significantEffects: boolean;
    logic: string;
  } | null;
  /** Columns held but never disclosed (regs 7024(d)): stated as held instead. */
  withheldFields: string[];
  /** Columns shown only in part, e.g. a card's last 4 digits (PCI DSS 3.4.1). */
  partialFields: Array<{ field: string; keepLast: number }>;
  /** People's names of the withheld and partial fields, in the request's language. */
  fieldLabels: Record<string, string>;
  rows: number;
  /** Where the rows are in the package; absent when the person asked for categories only. */
  files: { json: string; csv: string } | null;
}

/**
 * Reads a table's Art. 30 facts from the data map, recipients resolved to names and roles, the
 * map's free texts (purpose, retention, recipients' purposes) in the person's language, else in
 * English where the map gives no other.
 */
export function datasetFactsOf(
  system: string,
  table: string,
  definition: DataMapTable,
  recipients: Readonly<Record<string, DataMapRecipient>>,
  rows: number,
  withFiles: boolean,
  /** A dataset's name and its fields' names for people (see readerFromMap). */
  words?: { label: string; fieldLabel(column: string): string },
  language: PeopleLanguage = 'en',
): DatasetFacts {
  const say = (text: Parameters<typeof textIn>[0] | undefined) =>
    text ? textIn(text, language) : null;
  const fields = Object.entries(definition.fields);
  const categoryKeys = [...new Set(fields.map(([, field]) => field.category))].filter(
    (category) => category !== 'none',
  );
  const shownApart = fields.filter(([, field]) => field.disclosure !== 'disclose');
  return {
    system,
    table,
    label: words?.label ?? tableWords(definition, 'en'),
    categoryKeys,
    categories: categoryKeys.map((category) => DATA_CATEGORIES[category].label),
    purpose: say(definition.purpose),
    legalBasis: (definition.legal_basis ?? []).map((basis) => ({
      basis,
      wording: LAWFUL_BASES[basis],
    })),
    legitimateInterest: say(definition.legitimate_interest),
    recipients: (definition.recipients ?? []).map((key) => {
      const recipient = recipients[key];
      return {
        key,
        name: say(recipient?.name) ?? key,
        role: recipient?.role ?? 'third_party',
        purpose: say(recipient?.purpose),
        transfers: say(recipient?.transfers),
      };
    }),
    retention: say(definition.retention?.description),
    sources: (definition.source ?? []).map((source) => ({
      source,
      wording: DATA_SOURCES[source],
    })),
    automatedDecisionMaking: definition.automated_decision_making
      ? {
          profiling: definition.automated_decision_making.profiling,
          significantEffects: definition.automated_decision_making.significant_effects,
          logic: textIn(definition.automated_decision_making.logic, language),
        }
      : null,
    withheldFields: fields
      .filter(([, field]) => field.disclosure === 'withhold')
      .map(([column]) => column),
    partialFields: fields.flatMap(([column, field]) =>
      typeof field.disclosure === 'object'
        ? [{ field: column, keepLast: field.disclosure.partial.keep_last }]
        : [],
    ),
    fieldLabels: Object.fromEntries(
      shownApart.map(([column]) => [column, words?.fieldLabel(column) ?? column]),
    ),
    rows,
    files: withFiles ? { json: `${system}/${table}.json`, csv: `${system}/${table}.csv` } : null,
  };
}
