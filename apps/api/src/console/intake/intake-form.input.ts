import { SUBMITTABLE_TYPES, SubmittableType, instantAt } from '@rightsdesk/domain';
import type { CorrectionInput } from '@rightsdesk/intake';

/** A posted form's flat fields (`postalAddress.line1`, `purposes` repeated). */
export type IntakeFormValues = Readonly<Record<string, unknown>>;

/** The correction's field, when it is a field of the dataset whose records a person names. */
export const RECORD_FIELD_PREFIX = 'record:';

/** The dataset of records a person names (their addresses), as the form offers it. */
export interface RecordDatasetChoice {
  table: string;
  kinds: readonly string[];
  fields: readonly string[];
}

/** One text value of the form; an empty or blank field counts as not filled in. */
export function textOf(body: IntakeFormValues, name: string): string | undefined {
  const value = body[name];
  const first = Array.isArray(value) ? (value as unknown[])[0] : value;
  return typeof first === 'string' && first.trim() !== '' ? first.trim() : undefined;
}

function listOf(body: IntakeFormValues, name: string): string[] {
  const value = body[name];
  const all = Array.isArray(value) ? (value as unknown[]) : [value];
  return all.filter((item): item is string => typeof item === 'string' && item !== '');
}

function compact<T extends Record<string, unknown>>(value: T): T | undefined {
  const entries = Object.entries(value).filter(([, item]) => item !== undefined);
  return entries.length ? (Object.fromEntries(entries) as T) : undefined;
}

/** The request type the officer chose; undefined when none (or one the form does not offer). */
export function intakeTypeOf(body: IntakeFormValues): SubmittableType | undefined {
  const type = textOf(body, 'type');
  return SUBMITTABLE_TYPES.find((known) => known === type);
}

/**
 * When the company received the request, from the day and the wall-clock time the officer read
 * in the company's time zone: 'missing' when either is left empty, 'invalid' when they do not
 * name a real day and time (2026-02-30, 25:00).
 */
export function receivedAtOf(
  body: IntakeFormValues,
  timeZone: string,
): Date | 'missing' | 'invalid' {
  const day = textOf(body, 'receivedOn');
  const time = textOf(body, 'receivedTime');
  if (!day || !time) return 'missing';
  const dayParts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const timeParts = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!dayParts || !timeParts) return 'invalid';
  const [year, month, date] = dayParts.slice(1).map(Number);
  const [hour, minute] = timeParts.slice(1).map(Number);
  const real = new Date(Date.UTC(year, month - 1, date));
  if (real.getUTCMonth() !== month - 1 || real.getUTCDate() !== date || hour > 23 || minute > 59) {
    return 'invalid';
  }
  return instantAt({ year, month, day: date }, hour, minute, timeZone);
}

/**
 * The console's intake form as the input of `staffIntakeSchema`. Only the form's own fields
 * are read, and only those of the chosen type; an email left empty is passed as absent, not as
 * an empty address. Validation stays with the schema, whose issue paths name these fields.
 */
export function intakeFormInput(
  body: IntakeFormValues,
  receivedAt: Date | undefined,
  recordDataset: RecordDatasetChoice | undefined,
): Record<string, unknown> {
  const type = intakeTypeOf(body);
  const residenceCountry = textOf(body, 'residence.country');
  const common = {
    email: textOf(body, 'email'),
    name: textOf(body, 'name'),
    phone: textOf(body, 'phone'),
    orderNumber: textOf(body, 'orderNumber'),
    postalAddress: postalAddressOf(body),
    residence: residenceCountry
      ? compact({
          country: residenceCountry,
          region: residenceCountry === 'US' ? textOf(body, 'residence.region') : undefined,
        })
      : undefined,
    language: textOf(body, 'language'),
    answerChannel: textOf(body, 'answerChannel'),
  };
  return {
    manner: textOf(body, 'manner'),
    receivedAt: receivedAt?.toISOString(),
    request: { type, ...common, ...typeFields(type, body, recordDataset) },
  };
}

/**
 * The address as typed; none when no line of it was filled in, since the country list always
 * sends its choice and a call without an address is not an incomplete address.
 */
function postalAddressOf(body: IntakeFormValues): Record<string, string | undefined> | undefined {
  const lines = compact({
    line1: textOf(body, 'postalAddress.line1'),
    line2: textOf(body, 'postalAddress.line2'),
    city: textOf(body, 'postalAddress.city'),
    region: textOf(body, 'postalAddress.region'),
    postalCode: textOf(body, 'postalAddress.postalCode'),
  });
  return lines && { ...lines, country: textOf(body, 'postalAddress.country') ?? '' };
}

function typeFields(
  type: SubmittableType | undefined,
  body: IntakeFormValues,
  recordDataset: RecordDatasetChoice | undefined,
): Record<string, unknown> {
  switch (type) {
    case 'access':
      return { scope: textOf(body, 'scope') };
    case 'correct':
      return { corrections: correctionOf(body, recordDataset), reason: textOf(body, 'reason') };
    case 'withdraw_consent': {
      const purposes = listOf(body, 'purposes');
      // Nothing ticked is an answer to fix, not "everything": the schema's default is for the API.
      return { purposes: purposes.includes('all') ? 'all' : purposes };
    }
    default:
      return {};
  }
}

/** The one correction the form carries: a plain field, or a field of one named record. */
function correctionOf(
  body: IntakeFormValues,
  recordDataset: RecordDatasetChoice | undefined,
): CorrectionInput[] {
  const field = textOf(body, 'correction.field');
  const value = textOf(body, 'correction.value') ?? '';
  if (!field) return [];
  if (recordDataset && field.startsWith(RECORD_FIELD_PREFIX)) {
    const kind = textOf(body, 'correction.record');
    return [
      {
        dataset: recordDataset.table,
        ...(kind ? { record: { by: 'kind' as const, value: kind } } : {}),
        changes: { [field.slice(RECORD_FIELD_PREFIX.length)]: value },
      },
    ];
  }
  return [{ field, value }];
}

/** The form's day and wall-clock time of an instant in the company's zone (receivedAtOf's inverse). */
export function receivedFieldsOf(
  instant: Date,
  timeZone: string,
): { receivedOn: string; receivedTime: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return {
    receivedOn: `${parts.year}-${parts.month}-${parts.day}`,
    receivedTime: `${parts.hour}:${parts.minute}`,
  };
}
