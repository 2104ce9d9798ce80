import {
  DomainError,
  Language,
  OTHER_COUNTRY,
  SUBMITTABLE_TYPES,
  SubmittableType,
} from '@rightsdesk/domain';
import { CORRECTION_ROWS } from './views/corrections-fields.partial';
import { FormValues } from './views/form-state';
import type { CorrectionInput } from '@rightsdesk/intake';

/** The request type of a form's path; a type with no form is a 404 page. */
export function submittableType(type: string): SubmittableType {
  const known = SUBMITTABLE_TYPES.find((candidate) => candidate === type);
  if (!known) throw new DomainError('not_found', `No request form for "${type}".`);
  return known;
}

/** One text value of a flat form body; an empty or blank field counts as not filled in. */
function textOf(body: FormValues, name: string): string | undefined {
  const value = body[name];
  const first = Array.isArray(value) ? (value as unknown[])[0] : value;
  return typeof first === 'string' && first.trim() !== '' ? first : undefined;
}

function listOf(body: FormValues, name: string): string[] {
  const value = body[name];
  const all = Array.isArray(value) ? (value as unknown[]) : [value];
  return all.filter((item): item is string => typeof item === 'string' && item !== '');
}

/** Drops keys whose value is undefined, so an object of empty fields is recognisably empty. */
function compact<T extends Record<string, unknown>>(value: T): T | undefined {
  const entries = Object.entries(value).filter(([, item]) => item !== undefined);
  return entries.length ? (Object.fromEntries(entries) as T) : undefined;
}

/**
 * The flat fields of the request form (`postalAddress.line1`, `purposes` repeated) as the input
 * of `submitRequestSchema`. Only fields the form has are read, so nothing else can be injected;
 * validation stays with the schema, whose issue paths are the form's field names.
 */
export function requestFormInput(
  type: SubmittableType,
  body: FormValues,
  language: Language,
  hasAuthorizationFile: boolean,
): Record<string, unknown> {
  const postalAddress = compact({
    line1: textOf(body, 'postalAddress.line1'),
    line2: textOf(body, 'postalAddress.line2'),
    city: textOf(body, 'postalAddress.city'),
    region: textOf(body, 'postalAddress.region'),
    postalCode: textOf(body, 'postalAddress.postalCode'),
    country: textOf(body, 'postalAddress.country'),
  });
  const common = {
    email: textOf(body, 'email') ?? '',
    name: textOf(body, 'name'),
    phone: textOf(body, 'phone'),
    postalAddress,
    residence: residenceOf(body),
    language,
    answerChannel: textOf(body, 'answerChannel') as 'email' | 'postal' | undefined,
    agent: agentOf(body, hasAuthorizationFile),
    timeZone: textOf(body, 'timeZone'),
  };
  switch (type) {
    case 'access':
      return { type, ...common, scope: textOf(body, 'scope') as 'categories' | 'copy' | undefined };
    case 'delete':
      return { type, ...common };
    case 'correct':
      return { type, ...common, corrections: correctionsOf(body), reason: textOf(body, 'reason') };
    case 'withdraw_consent': {
      const purposes = listOf(body, 'purposes');
      // Nothing ticked is an answer to fix, not "everything": the schema's default is for the API.
      return { type, ...common, purposes: purposes.includes('all') ? 'all' : purposes };
    }
  }
}

/**
 * "Another country, or I would rather not say" is kept as ISO's unknown region (ZZ): the person
 * is then answered under the company's policy and recorded so, never as a Californian.
 */
function residenceOf(body: FormValues): { country: string; region?: string } | undefined {
  const country = textOf(body, 'residence.country');
  const region = textOf(body, 'residence.region');
  if (country === OTHER_COUNTRY) return { country: OTHER_COUNTRY };
  if (!country) return region ? { country: 'US', region } : undefined;
  return compact({ country, region: country === 'US' ? region : undefined });
}

function agentOf(
  body: FormValues,
  hasFile: boolean,
): { name: string; email: string; powerOfAttorney: boolean } | undefined {
  const name = textOf(body, 'agent.name');
  const email = textOf(body, 'agent.email');
  const powerOfAttorney = listOf(body, 'agent.powerOfAttorney').includes('yes');
  if (!name && !email && !powerOfAttorney && !hasFile) return undefined;
  return { name: name ?? '', email: email ?? '', powerOfAttorney };
}

/** The form rows a person filled in, by their row number on the form. */
function filledRows(body: FormValues): number[] {
  return Array.from({ length: CORRECTION_ROWS }, (_, index) => index).filter(
    (index) =>
      textOf(body, `corrections.${index}.field`) || textOf(body, `corrections.${index}.value`),
  );
}

function correctionsOf(body: FormValues): CorrectionInput[] {
  const plain = filledRows(body).map((index) => ({
    field: textOf(body, `corrections.${index}.field`) ?? '',
    value: textOf(body, `corrections.${index}.value`) ?? '',
  }));
  const record = recordOf(body);
  return record ? [...plain, record] : plain;
}

const RECORD_KEYS = ['record.kind', 'record.dataset'];

/** The address part of the form: which one (by kind) and the fields the person filled in. */
function recordOf(body: FormValues): CorrectionInput | undefined {
  const kind = textOf(body, 'record.kind');
  const changes = Object.fromEntries(
    Object.keys(body)
      .filter((name) => name.startsWith('record.') && !RECORD_KEYS.includes(name))
      .flatMap((name) => {
        const value = textOf(body, name);
        return value ? [[name.slice('record.'.length), value]] : [];
      }),
  );
  if (!kind && Object.keys(changes).length === 0) return undefined;
  return {
    dataset: textOf(body, 'record.dataset') ?? '',
    ...(kind ? { record: { by: 'kind' as const, value: kind } } : {}),
    changes,
  };
}

/**
 * Blank rows are skipped, so the schema's `corrections.0` may be the form's third row; this
 * points an issue back at the row the person sees.
 */
export function formPathOf(path: readonly PropertyKey[], body: FormValues): PropertyKey[] {
  if (path[0] !== 'corrections' || typeof path[1] !== 'number') return [...path];
  const rows = filledRows(body);
  // The address part comes after the plain rows: its issues point at its own fields.
  if (path[1] === rows.length && recordOf(body)) {
    if (path[2] === 'changes' && typeof path[3] === 'string') return ['record', path[3]];
    return ['record', 'kind'];
  }
  const row = rows[path[1]];
  return row === undefined ? [...path] : ['corrections', row, ...path.slice(2)];
}
