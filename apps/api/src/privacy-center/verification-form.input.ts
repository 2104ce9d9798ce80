import { z } from 'zod';
import { VerificationAnswer } from '@rightsdesk/intake';
import { Messages } from './i18n/messages';

const CODE = /^\d{6}$/;
const PHONE = /^\+?[0-9 ()-]{6,20}$/;

/** A text field as the person left it: trimmed, and a blank one is not filled in. */
const filledIn = (schema: z.ZodString) =>
  z.preprocess(
    (value) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined),
    schema.optional(),
  );

// People paste codes with spaces ("123 456"); the digits are what count.
const digitsOf = (value: unknown) => (typeof value === 'string' ? value.replace(/\s/g, '') : '');

/**
 * The verify page's form as the use case's answer. Only the form's own shape is checked here
 * (six digits when the code is asked for, a phone-like value, both parts of the address);
 * whether they match is the use case's to decide.
 */
export const verificationForm = (t: Messages, askCode: boolean) =>
  z
    .object({
      code: askCode
        ? z.preprocess(digitsOf, z.string().regex(CODE, t.validation.code))
        : z
            .unknown()
            .optional()
            .transform(() => undefined),
      phone: filledIn(z.string().regex(PHONE, t.validation.phone)),
      name: filledIn(z.string().max(200, t.validation.tooLong)),
      lastOrderNumber: filledIn(z.string().max(64, t.validation.tooLong)),
      'postalAddress.line1': filledIn(z.string()),
      'postalAddress.postalCode': filledIn(z.string()),
      declaration: z.unknown().optional(),
    })
    .superRefine((form, context) => {
      const line1 = form['postalAddress.line1'];
      const postalCode = form['postalAddress.postalCode'];
      const problem = (field: string, message: string) =>
        context.addIssue({ code: 'custom', path: [field], message });
      // An address is compared whole: half of one cannot match.
      if (line1 && !postalCode) problem('postalAddress.postalCode', t.validation.required);
      if (postalCode && !line1) problem('postalAddress.line1', t.validation.required);
      if ((line1?.length ?? 0) > 200 || (postalCode?.length ?? 0) > 20) {
        problem('postalAddress.line1', t.validation.tooLong);
      }
    })
    .transform((form): VerificationAnswer => ({
      code: form.code,
      name: form.name,
      phone: form.phone,
      postalAddress:
        form['postalAddress.line1'] && form['postalAddress.postalCode']
          ? { line1: form['postalAddress.line1'], postalCode: form['postalAddress.postalCode'] }
          : undefined,
      lastOrderNumber: form.lastOrderNumber,
      signedDeclaration: form.declaration === 'yes' ? true : undefined,
    }));
