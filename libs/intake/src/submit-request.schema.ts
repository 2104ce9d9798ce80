import { z } from 'zod';
import {
  ANSWER_CHANNELS,
  AnswerChannel,
  LANGUAGES,
  Language,
  Regime,
  Residence,
} from '@rightsdesk/domain';
import { isTimeZone } from '@rightsdesk/messages';

const text = (max: number) => z.string().trim().min(1).max(max);

export const postalAddressSchema = z.strictObject({
  name: text(200).optional(),
  line1: text(200),
  line2: text(200).optional(),
  city: text(100),
  region: text(100).optional(),
  postalCode: text(20),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, 'must be a two-letter country code')
    .toUpperCase(),
});

const residenceSchema = z.strictObject({
  country: z.string().regex(/^[A-Za-z]{2}$/, 'must be a two-letter country code'),
  region: z
    .string()
    .regex(/^[A-Za-z0-9]{1,3}$/, 'must be a state or region code such as "CA"')
    .optional(),
});

/** Someone acting for the person (regs 7063); their signed authorization is uploaded separately. */
const agentSchema = z.strictObject({
  name: text(200),
  email: z.string().trim().max(254).email('must be an email address').toLowerCase(),
  /** A power of attorney skips the person's own confirmation (regs 7063(b)). */
  powerOfAttorney: z.boolean().default(false),
  /** Over the API the signed document comes inline; the privacy center uploads it as a file. */
  authorization: z
    .strictObject({
      fileName: text(255),
      contentType: text(100),
      contentBase64: z.base64('must be base64-encoded'),
    })
    .optional(),
});

const emailSchema = z.string().trim().max(254).email('must be an email address').toLowerCase();

const common = {
  email: emailSchema,
  name: text(200).optional(),
  phone: z
    .string()
    .regex(/^\+?[0-9 ()-]{6,20}$/, 'must be a phone number')
    .optional(),
  postalAddress: postalAddressSchema.optional(),
  /**
   * The number of one of their orders, from a receipt, as a letter may quote it: for a person
   * without email it tells two people of one name at one address apart in the data sources.
   */
  orderNumber: text(64).optional(),
  residence: residenceSchema.optional(),
  language: z.enum(LANGUAGES).default('en'),
  answerChannel: z.enum(ANSWER_CHANNELS).default('email'),
  agent: agentSchema.optional(),
  /**
   * The person's IANA time zone as their browser reports it (the privacy center's form sends it),
   * so times are shown in their clock. A name this runtime does not know is ignored, not refused:
   * the company's zone is used instead.
   */
  timeZone: z
    .string()
    .max(64)
    .optional()
    .meta({
      description:
        "The person's IANA time zone, e.g. from their browser (Intl.DateTimeFormat().resolvedOptions().timeZone). " +
        'Dates and times they read (status page, emails, letters, appeals) are shown in it. Optional: when absent or ' +
        "unknown, the company's time zone is used and named.",
      example: 'Europe/Madrid',
    })
    .transform((zone) => (isTimeZone(zone) ? zone : undefined)),
};

const columnName = (example: string) =>
  z.string().regex(/^[a-z][a-z0-9_]*$/, `must be a field name such as "${example}"`);

/** The plain shape: one field of a dataset that holds one row per person, e.g. "phone". */
const fieldCorrectionSchema = z.strictObject({
  field: columnName('phone'),
  value: z.string().max(1000),
});

/** Which of the person's records is meant: by its kind ("billing") or by what it says now. */
const correctionRecordSchema = z.discriminatedUnion('by', [
  z.strictObject({ by: z.literal('kind'), value: text(100) }),
  z.strictObject({ by: z.literal('current_value'), field: columnName('line1'), value: text(1000) }),
]);

/** One record of one dataset, named, with the new value of each field to change. */
const recordCorrectionSchema = z.strictObject({
  dataset: columnName('addresses'),
  record: correctionRecordSchema.optional(),
  changes: z
    .record(columnName('line1'), z.string().trim().max(1000))
    .refine((changes) => Object.keys(changes).length > 0, 'must name at least one field'),
});

export const correctionSchema = z.union([fieldCorrectionSchema, recordCorrectionSchema]);
export type CorrectionInput = z.output<typeof correctionSchema>;

/** One shape per request type, around the given email field. */
function requestShapes<Email extends z.ZodType<string | undefined>>(email: Email) {
  const fields = { ...common, email };
  return z.discriminatedUnion('type', [
    z.strictObject({
      type: z.literal('access'),
      ...fields,
      scope: z.enum(['categories', 'copy']).default('copy'),
    }),
    z.strictObject({ type: z.literal('delete'), ...fields }),
    z.strictObject({
      type: z.literal('correct'),
      ...fields,
      corrections: z.array(correctionSchema).min(1).max(50),
      reason: z.string().max(2000).optional(),
    }),
    z.strictObject({
      type: z.literal('withdraw_consent'),
      ...fields,
      purposes: z.union([z.literal('all'), z.array(text(100)).min(1).max(20)]).default('all'),
    }),
  ]);
}

function requirePostalAddress(
  value: { answerChannel: AnswerChannel; email?: string; postalAddress?: unknown },
  context: z.RefinementCtx,
): void {
  if (value.answerChannel === 'postal' && !value.postalAddress) {
    context.addIssue({
      code: 'custom',
      path: ['postalAddress'],
      message: 'is required when the answer channel is postal',
    });
  } else if (!value.email && !value.postalAddress) {
    context.addIssue({
      code: 'custom',
      path: ['email'],
      message: 'is required when there is no postal address',
    });
  }
}

/** What a person (or a system on their behalf) submits online: always with an email. */
export const submitRequestSchema = requestShapes(emailSchema).superRefine(requirePostalAddress);

/**
 * A request staff enter from a letter or a call: the person may have no email, and is then
 * reached, verified and answered at their postal address (which is then required).
 */
export const enteredRequestSchema = requestShapes(emailSchema.optional())
  .superRefine(requirePostalAddress)
  .superRefine((value, context) => {
    if (!value.email && value.answerChannel === 'email') {
      context.addIssue({
        code: 'custom',
        path: ['answerChannel'],
        message: 'must be postal when there is no email',
      });
    }
    if (!value.email && !value.name) {
      // The name heads the letters' address block and tells two people at one address apart.
      context.addIssue({
        code: 'custom',
        path: ['name'],
        message: 'is required when there is no email',
      });
    }
  });

export type SubmitRequestInput = z.input<typeof submitRequestSchema>;

/** An appeal of a denied or completed request; made from the person's status page, not submitted freely. */
export interface AppealCommand {
  type: 'appeal';
  email?: string;
  name?: string;
  phone?: string;
  postalAddress?: z.output<typeof postalAddressSchema>;
  /** Where the person lived when they made the request it appeals: its law answers the appeal. */
  residence?: Residence;
  language: Language;
  answerChannel: AnswerChannel;
  agent?: undefined;
  /** The appeal is shown in the zone of the request it appeals. */
  timeZone?: string;
  /** The appeal runs under the regime of the request it appeals. */
  regime: Regime;
  reason: string;
}

export type SubmitRequestCommand =
  (z.output<typeof enteredRequestSchema> & { regime?: undefined }) | AppealCommand;
