import { z } from 'zod';
import {
  ANSWER_CHANNELS,
  DomainError,
  MANNERS,
  REGIMES,
  REQUEST_STATUSES,
  REQUEST_TYPES,
} from '@rightsdesk/domain';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A query parameter given once (`?type=delete`) or repeated (`?type=delete&type=correct`). */
const oneOrMany = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.enum(values), z.array(z.enum(values))])
    .optional()
    .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]));

const flag = z
  .enum(['true', 'false', '1', '0', 'on', 'off'], { message: 'must be true or false' })
  .transform((value) => value === 'true' || value === '1' || value === 'on');

/**
 * The queue's filters, as query parameters of `GET /api/v1/requests` and of the console's filter
 * form (which submits by GET, so empty fields arrive as empty strings and mean "any").
 */
export const queueFilterSchema = z.preprocess(
  (raw) => {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw;
    const entries = Object.entries(raw as Record<string, unknown>).filter(
      ([, value]) => value !== '' && !(Array.isArray(value) && value.every((item) => item === '')),
    );
    const query = Object.fromEntries(entries);
    // A submitted filter form without the ticked box means the officer unticked it.
    if (query.applied !== undefined && query.hideUnverified === undefined) {
      query.hideUnverified = 'false';
    }
    return query;
  },
  z.object({
    /** Exact statuses; when given, `state` and `hideUnverified` no longer narrow the list. */
    status: oneOrMany(REQUEST_STATUSES),
    /** Open (default: requests with a clock running), closed, or all. */
    state: z.enum(['open', 'closed', 'all']).default('open'),
    type: oneOrMany(REQUEST_TYPES),
    regime: oneOrMany(REGIMES),
    manner: oneOrMany(MANNERS),
    channel: oneOrMany(ANSWER_CHANNELS),
    /** A staff member's id, `me`, or `none` for unassigned requests. */
    assignee: z
      .string()
      .refine((value) => value === 'me' || value === 'none' || UUID.test(value), {
        message: 'must be a staff member id, "me" or "none"',
      })
      .optional(),
    overdue: flag.optional(),
    dueWithinDays: z.coerce
      .number({ message: 'must be a whole number of days' })
      .int('must be a whole number of days')
      .min(0)
      .max(366)
      .optional(),
    /** A reference (whole or its start, e.g. `RD-7K3M`) or an email address. */
    q: z.string().trim().max(200).optional(),
    /** Requests whose person has not proved who they are yet are hidden unless asked for. */
    hideUnverified: flag.default(true),
    sort: z.enum(['due', 'received']).default('due'),
    cursor: z.string().max(300).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    applied: z.unknown().optional(),
  }),
);
export type QueueFilter = z.output<typeof queueFilterSchema>;

/** Parses query parameters, or a 400 that names each bad parameter. */
export function parseQueueFilter(query: unknown): QueueFilter {
  const result = queueFilterSchema.safeParse(query ?? {});
  if (result.success) return result.data;
  const fields = result.error.issues.map((issue) => ({
    path: issue.path.join('.') || '(query)',
    message: issue.message,
  }));
  throw new DomainError(
    'invalid_input',
    `The queue filter is not valid: ${fields.map((field) => `${field.path}: ${field.message}`).join('; ')}`,
    fields,
  );
}

/** Where the next page starts: the last row's sort value and id (keyset pagination). */
export interface QueueCursor {
  readonly at: string;
  readonly id: string;
}

export function encodeCursor(cursor: QueueCursor): string {
  return Buffer.from(JSON.stringify([cursor.at, cursor.id])).toString('base64url');
}

export function decodeCursor(text: string): QueueCursor {
  const invalid = new DomainError('invalid_input', 'The page cursor is not valid: start again.', [
    { path: 'cursor', message: 'is not a cursor this queue gave out' },
  ]);
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw invalid;
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 2 ||
    typeof parsed[0] !== 'string' ||
    Number.isNaN(Date.parse(parsed[0])) ||
    typeof parsed[1] !== 'string' ||
    !UUID.test(parsed[1])
  ) {
    throw invalid;
  }
  return { at: parsed[0], id: parsed[1] };
}
