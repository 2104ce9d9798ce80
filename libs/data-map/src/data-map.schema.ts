import { z } from 'zod';
import { DATA_CATEGORY_NAMES } from './data-category';
import { isIsoDuration } from './iso-duration';
import { DATA_SOURCE_NAMES, LAWFUL_BASIS_NAMES } from './lawful-basis';

/**
 * The shape of a data map document (see libs/data-map/README.md for the meaning of each key).
 * Objects are strict so a misspelt key is reported instead of silently ignored. Cross-references
 * between tables and fields are checked afterwards by validateDataMap.
 */

// Names end up in SQL: keep them to plain lower-case identifiers that never need case folding
// (Postgres truncates identifiers at 63 bytes, NAMEDATALEN - 1).
export const SQL_IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;
const identifier = z.string().regex(SQL_IDENTIFIER, {
  error: 'must be a lower-case SQL identifier: [a-z_][a-z0-9_]*, at most 63 characters',
});
const text = z.string().trim().min(1, { error: 'must not be empty' });
const isoDuration = z.string().refine(isIsoDuration, {
  error: (issue) => `"${String(issue.input)}" is not an ISO 8601 duration such as P7Y`,
});
/** A single value or a list, always read as a non-empty list. */
const oneOrMany = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (value) => (Array.isArray(value) || value === undefined ? value : [value]),
    z.array(item).min(1, { error: 'must not be empty' }),
  );

const category = z.enum(DATA_CATEGORY_NAMES);
const lawfulBasis = z.enum(LAWFUL_BASIS_NAMES);

const disclosure = z.union(
  [
    z.enum(['disclose', 'withhold']),
    z.strictObject({ partial: z.strictObject({ keep_last: z.number().int().min(1).max(8) }) }),
  ],
  { error: 'must be disclose, withhold or { partial: { keep_last: N } }' },
);

// `set_null` rather than `null`: YAML reads a bare null as "no value".
const fieldErasure = z.enum(['set_null', 'mask', 'hash', 'keep']);

/**
 * Words for people, in every language a request can be made in. Both languages are optional in
 * the schema so a map stored before labels existed still loads; activation requires them
 * (checkPeopleLabels). A `description` is a note for staff and never reaches a person.
 */
const peopleText = z.strictObject({ en: text.optional(), es: text.optional() });

/**
 * Free text of the map that reaches a person (a purpose, a retention, a recipient's purpose):
 * `{ en, es }`, or a plain string, read as English (maps written before languages). A person
 * reading a language the map has no text in reads the English (textIn).
 */
const peopleFreeText = z.union([
  text.transform((en): { en: string; es?: string } => ({ en })),
  z.strictObject({ en: text, es: text.optional() }),
]);

/** How a person reads a field's value (see peopleWords). */
export const SHOWN_AS = [
  'text',
  'money_cents',
  'date',
  'datetime',
  'yes_no',
  'code',
  'language',
  'country',
] as const;

/** The currency of a money_cents field: a sibling column holding an ISO 4217 code, or one code. */
const currency = z.union(
  [
    z.strictObject({ column: identifier }),
    z.strictObject({
      code: z.string().regex(/^[A-Z]{3}$/, { error: 'must be an ISO 4217 code such as USD' }),
    }),
  ],
  { error: 'must be { column: <field of this table> } or { code: <ISO 4217 code> }' },
);

const field = z.strictObject({
  category,
  /** A note for staff; never shown to a person (label is). */
  description: text.optional(),
  /** The column's name for people, e.g. { en: Address line 1, es: Línea 1 de la dirección }. */
  label: peopleText.optional(),
  /** How a person reads the value; text when absent. */
  shown_as: z.enum(SHOWN_AS).optional(),
  /** money_cents: where the currency comes from. */
  currency: currency.optional(),
  /** code: what each stored value means, in people's words. */
  codes: z.record(z.string().min(1), peopleText).optional(),
  disclosure: disclosure.default('disclose'),
  correctable: z.boolean().default(false),
  erasure: fieldErasure.optional(),
  /** A foreign key not already stated by the table's link, as "table.column". */
  foreign_key: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*\.[a-z_][a-z0-9_]*$/, { error: 'must be "table.column"' })
    .optional(),
});

const link = z.strictObject({
  identity: z.strictObject({ email: identifier }).optional(),
  via: identifier.optional(),
  /**
   * The system `via` names a table of, when it is another database of the map (no foreign key
   * can cross databases): rows are found by the keys of the person's rows there.
   */
  system: identifier.optional(),
  column: identifier.optional(),
  references: identifier.optional(),
});

const dataPoints = z.strictObject({
  name: oneOrMany(identifier).optional(),
  phone: identifier.optional(),
  postal_address: z.strictObject({ line1: identifier, postal_code: identifier }).optional(),
  /** An order number the person can read off a receipt (regs 7062: a data point they hold). */
  order_number: identifier.optional(),
});

const tableErasure = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('delete') }),
  z.strictObject({ action: z.literal('deidentify'), reason: text }),
  z.strictObject({
    action: z.literal('retain'),
    legal_basis: text,
    period: isoDuration,
    /** Why the rows are kept, as the person is told when they ask for erasure. */
    reason: peopleFreeText,
  }),
]);

const table = z.strictObject({
  /** A note for staff; never shown to a person (label is). */
  description: text.optional(),
  /** The dataset's name for people, e.g. { en: Your saved addresses, es: Sus direcciones guardadas }. */
  label: peopleText.optional(),
  primary_key: identifier,
  link: link.optional(),
  data_points: dataPoints.optional(),
  // GDPR Art. 30 facts an access answer states to the person (Art. 15(1)), in their language.
  purpose: peopleFreeText.optional(),
  legal_basis: oneOrMany(lawfulBasis).optional(),
  legitimate_interest: peopleFreeText.optional(),
  recipients: z.array(identifier).optional(),
  retention: z.strictObject({ description: peopleFreeText, period: isoDuration }).optional(),
  source: oneOrMany(z.enum(DATA_SOURCE_NAMES)).optional(),
  automated_decision_making: z
    .strictObject({
      profiling: z.boolean(),
      significant_effects: z.boolean(),
      logic: peopleFreeText,
    })
    .optional(),
  erasure: tableErasure.optional(),
  consent: z
    .strictObject({ purpose: identifier, granted: identifier, withdrawn_at: identifier })
    .optional(),
  /**
   * An append-only record of consent events, one row per event, linked (`link.via`) to a table
   * with a `consent` marker. A withdrawal adds a row per consent it concerns, never rewrites one.
   */
  consent_history: z
    .strictObject({ event: identifier, at: identifier, source: identifier })
    .optional(),
  marketing: z
    .strictObject({
      status: identifier,
      subscribed_value: text,
      unsubscribed_value: text,
      ended_at: identifier,
    })
    .optional(),
  preference_flags: z
    .strictObject({ columns: z.array(identifier).min(1), updated_at: identifier })
    .optional(),
  /**
   * How a person names one of several rows they hold here (e.g. "my billing address" by the
   * `kind` column) and which correctable fields are corrected together (an address's lines,
   * city and postal code), so a correction changes the record the person meant and no other.
   */
  correction: z
    .strictObject({
      record_named_by: identifier.optional(),
      /** The values `record_named_by` may hold, in the order a form offers them. */
      kinds: z.array(identifier).min(1).optional(),
      together: z.array(z.array(identifier).min(2)).optional(),
    })
    .optional(),
  fields: z.record(identifier, field),
});

/** The NAME of an environment variable: the map never holds a URL, password or secret. */
const environmentVariable = (example: string) =>
  z.string().regex(/^[A-Z][A-Z0-9_]*$/, {
    error: `must name an environment variable, e.g. ${example}`,
  });

/** What a database can find a person by (see searched_by). */
export const PERSON_IDENTIFIERS = ['email', 'name_and_postal_address', 'order_number'] as const;
export type PersonIdentifier = (typeof PERSON_IDENTIFIERS)[number];

const postgresSystem = z.strictObject({
  connector: z.literal('postgres'),
  description: text.optional(),
  /** The database's name for people, e.g. { en: Our shop's records, es: … }. */
  label: peopleText.optional(),
  /** The NAME of the environment variable holding the connection URL; never the URL itself. */
  connection_env: environmentVariable('SHOP_DATABASE_URL'),
  /**
   * What a person can be found by in this database; email alone when absent. A person who wrote
   * without an email is found by name and postal address (the data points of the table found by
   * identity and of a table linked to it), narrowed by an order number when they give one.
   */
  searched_by: z
    .array(z.enum(PERSON_IDENTIFIERS))
    .min(1)
    .refine((found) => new Set(found).size === found.length, {
      error: 'must not list an identifier twice',
    })
    .optional(),
  tables: z.record(identifier, table),
});

/** The requests a processor or third party is told about, or a manual task is raised for. */
export const NOTICE_ACTIONS = ['erase', 'correct', 'withdraw_consent'] as const;
const noticeActions = z
  .array(z.enum(NOTICE_ACTIONS))
  .min(1, { error: 'must list at least one of: erase, correct, withdraw_consent' })
  .refine((actions) => new Set(actions).size === actions.length, {
    error: 'must not list an action twice',
  });

/**
 * A processor or third party told over a signed HTTP webhook (GDPR Art. 19; CCPA regs
 * 7022(b)(3)). The URL and the signing secret live in environment variables the map names.
 */
const webhookSystem = z.strictObject({
  connector: z.literal('webhook'),
  description: text,
  /** What people read for this place, e.g. { en: Mailing lists at our email service, es: … }. */
  label: peopleText.optional(),
  recipient: identifier,
  url_env: environmentVariable('MAILER_WEBHOOK_URL'),
  secret_env: environmentVariable('MAILER_WEBHOOK_SECRET'),
  actions: noticeActions,
});

/** A system with no API: staff carry out the request by hand and record what they did. */
const manualSystem = z.strictObject({
  connector: z.literal('manual'),
  description: text,
  /** What people read for this place, e.g. { en: Your letters to customer support, es: … }. */
  label: peopleText.optional(),
  /** Set when the task is telling a recipient by other means (post, a portal, a phone call). */
  recipient: identifier.optional(),
  instructions: text,
  actions: noticeActions,
});

const system = z.discriminatedUnion('connector', [postgresSystem, webhookSystem, manualSystem]);

const recipient = z.strictObject({
  /** Who receives the data, as people read it (an access answer, a completion notice). */
  name: peopleFreeText,
  role: z.enum(['processor', 'controller', 'third_party', 'public']),
  purpose: peopleFreeText.optional(),
  transfers: peopleFreeText.optional(),
});

export const dataMapSchema = z.strictObject({
  version: z.number().int().positive(),
  description: text.optional(),
  recipients: z.record(identifier, recipient).default({}),
  systems: z.record(identifier, system),
});

export type DataMap = z.output<typeof dataMapSchema>;
/** Any system of the map: a database Rightsdesk reads and changes, a webhook, or a manual task. */
export type DataMapSystem = DataMap['systems'][string];
export type PostgresSystem = Extract<DataMapSystem, { connector: 'postgres' }>;
export type WebhookSystem = Extract<DataMapSystem, { connector: 'webhook' }>;
export type ManualSystem = Extract<DataMapSystem, { connector: 'manual' }>;
export type NoticeAction = (typeof NOTICE_ACTIONS)[number];
export type DataMapTable = PostgresSystem['tables'][string];
export type DataMapField = DataMapTable['fields'][string];
export type DataMapRecipient = DataMap['recipients'][string];
export type TableLink = NonNullable<DataMapTable['link']>;
export type TableErasure = NonNullable<DataMapTable['erasure']>;
export type FieldErasure = z.output<typeof fieldErasure>;
export type FieldDisclosure = DataMapField['disclosure'];
export type DataPoints = NonNullable<DataMapTable['data_points']>;
export type TableCorrection = NonNullable<DataMapTable['correction']>;
/** Words for people in each language; both required once a map is activated. */
export type PeopleText = z.output<typeof peopleText>;
/** Free map text a person reads: English always, Spanish where the map gives it. */
export type PeopleFreeText = z.output<typeof peopleFreeText>;

/** A free text of the map in the person's language, else its English. */
export function textIn(words: PeopleFreeText, language: 'en' | 'es'): string {
  return words[language] ?? words.en;
}
export type ShownAs = (typeof SHOWN_AS)[number];
export type FieldCurrency = z.output<typeof currency>;
