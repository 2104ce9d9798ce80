import { z } from 'zod';
import { readRequestReference } from '@rightsdesk/domain';
import { Messages } from './i18n/messages';

/**
 * The two fields a person types to open a request without its link, read the same way on the
 * find-request page (code by email) and the posted-code page (code by letter).
 */
export const referenceAndCodeFields = (t: Messages) => ({
  reference: z
    .string()
    .max(40, t.validation.reference)
    .transform((typed, context) => {
      const reference = readRequestReference(typed);
      if (!reference) {
        context.addIssue({ code: 'custom', message: t.validation.reference });
        return z.NEVER;
      }
      return reference;
    }),
  // People copy codes with spaces ("123 456"), from an email or a letter; the digits count.
  code: z
    .string()
    .transform((typed) => typed.replace(/\s/g, ''))
    .pipe(z.string().regex(/^\d{6}$/, t.validation.code)),
});
