import { z } from 'zod';
import { DENIAL_BASIS_CODES } from './denial-bases';

const uuid = z.uuid({ message: 'must be a request or staff id' });
const text = (max: number, what: string) =>
  z
    .string({ message: `${what} is required` })
    .trim()
    .min(1, `${what} is required`)
    .max(max, `${what} must be at most ${max} characters`);

/** An assignee, or nobody: an empty form field or null unassigns. */
const assignee = z.preprocess((value) => (value === '' ? null : value), uuid.nullable());

export const assignSchema = z.object({ assigneeId: assignee });

export const denySchema = z.object({
  basis: z.enum(DENIAL_BASIS_CODES, { message: 'choose a basis from the list' }),
  /** Told to the person with the basis, so it explains the decision in plain words. */
  note: text(2000, 'an explanation'),
});

export const extendSchema = z.object({ reason: text(2000, 'a reason') });

export const requestInformationSchema = z.object({ message: text(2000, 'what is needed') });

/**
 * The person's answer by letter or call, as staff enter it: what they wrote or said, how, and
 * the day it reached the company (today when left out); the clock rules run from that day.
 */
export const informationReceivedSchema = z.object({
  note: text(5000, 'what the person wrote or said'),
  manner: z.enum(['letter', 'phone'], { message: 'choose letter or phone call' }).default('phone'),
  receivedOn: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.iso.date({ message: 'must be a date (YYYY-MM-DD)' }).optional(),
  ),
});

export const noteSchema = z.object({ body: text(5000, 'the note') });

export const cancelSchema = z.object({ reason: text(2000, 'a reason') });

export const appealDecisionSchema = z.object({
  /** Uphold keeps the earlier decision (the appeal is refused); reverse grants the appeal. */
  decision: z.enum(['uphold', 'reverse'], { message: 'choose uphold or reverse' }),
  reason: text(2000, 'the reasons'),
});

/** At most a page of the queue at once; each request is decided in its own transaction. */
const ids = z
  .array(uuid, { message: 'list the requests by id' })
  .min(1, 'pick at least one request')
  .max(200, 'at most 200 requests at once')
  .refine((list) => new Set(list).size === list.length, 'a request is listed twice');

export const bulkAssignSchema = z.object({ ids, assigneeId: assignee });
export const bulkApproveSchema = z.object({ ids });

export type DenyCommand = z.output<typeof denySchema>;
export type AppealDecisionCommand = z.output<typeof appealDecisionSchema>;

/**
 * Approval. For a correction the officer may narrow the rows: `rows` holds "index:key" for each
 * row left ticked (correction index in the request, the row's primary key). `chosen` says the
 * list was shown, so an empty list means "none ticked" rather than "not chosen".
 */
export const approveSchema = z
  .object({
    rows: z
      .preprocess(
        (value) => (value === undefined ? undefined : [value].flat()),
        z.array(z.string().regex(/^\d{1,2}:.{1,200}$/, 'each row must be "index:key"')),
      )
      .optional(),
    chosen: z.string().optional(),
  })
  .transform(({ rows, chosen }) => {
    if (rows === undefined && chosen === undefined) return { ticked: undefined };
    const ticked: string[][] = [];
    for (const row of rows ?? []) {
      const at = row.indexOf(':');
      const index = Number(row.slice(0, at));
      (ticked[index] ??= []).push(row.slice(at + 1));
    }
    return { ticked };
  });
