import { z } from 'zod';
import { enteredRequestSchema } from './submit-request.schema';

/** Ways a request reaches the company other than its own forms and API (regs 7020, 7101). */
export const STAFF_INTAKE_MANNERS = ['postal', 'phone', 'email', 'in_person'] as const;
export type StaffIntakeManner = (typeof STAFF_INTAKE_MANNERS)[number];

/**
 * A request that arrived by post, phone, email or in person, entered by staff. The clock runs from when the
 * company received it (regs 7021(b): "within 45 calendar days of receipt"), so staff give that
 * time; it may not lie in the future. A request that came by post is answered by post unless the
 * person asked otherwise, so the answer channel defaults to postal here. A person who wrote or
 * called without an email address is entered without one, with their name and postal address.
 */
export const staffIntakeSchema = z.strictObject({
  manner: z.enum(STAFF_INTAKE_MANNERS),
  receivedAt: z.iso
    .datetime({ offset: true, message: 'must be a date and time such as 2026-11-25T09:30:00Z' })
    .transform((value) => new Date(value))
    .refine((value) => value.getTime() <= Date.now() + 60_000, 'must not be in the future')
    .refine(
      (value) => value.getTime() >= Date.now() - 366 * 24 * 3600_000,
      'must be within the last year',
    ),
  request: z.preprocess(
    (value) =>
      value && typeof value === 'object' && !Array.isArray(value) && !('answerChannel' in value)
        ? { ...value, answerChannel: 'postal' }
        : value,
    enteredRequestSchema,
  ),
});

export type StaffIntakeCommand = z.output<typeof staffIntakeSchema>;
