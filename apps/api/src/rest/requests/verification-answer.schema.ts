import { z } from 'zod';

/** POST /api/v1/requests/{id}/verification: the emailed code and, when asked, more data points. */
export const verificationAnswerSchema = z.strictObject({
  code: z
    .string()
    .regex(/^\d{6}$/, 'must be the six digits from the email')
    .optional(),
  name: z.string().trim().min(1).max(200).optional(),
  phone: z
    .string()
    .regex(/^\+?[0-9 ()-]{6,20}$/, 'must be a phone number')
    .optional(),
  postalAddress: z
    .strictObject({
      line1: z.string().trim().min(1).max(200),
      postalCode: z.string().trim().min(1).max(20),
    })
    .optional(),
  lastOrderNumber: z.string().trim().min(1).max(64).optional(),
  signedDeclaration: z.boolean().optional(),
  /** "I have nothing more": decide now instead of asking for more (regs 7022(a), 7024(a)). */
  final: z.boolean().optional(),
});

export const appealSchema = z.strictObject({
  reason: z.string().trim().min(1, 'is required').max(5000),
});
