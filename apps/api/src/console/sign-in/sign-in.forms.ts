import { z } from 'zod';

export const WRONG_CREDENTIALS = 'The email address or password is not right.';
const EMAIL_LIKE = 'Enter an email address like name@example.com.';

/** The sign-in form; an over-long password is simply not right (no hint about the limit). */
export const signInForm = z.object({
  email: z
    .string()
    .trim()
    .min(1, 'Enter your email address.')
    .max(254, EMAIL_LIKE)
    .regex(/^[^\s@]+@[^\s@]+$/, EMAIL_LIKE),
  password: z.string().min(1, 'Enter your password.').max(200, WRONG_CREDENTIALS),
});

/** The second step: the six digits, spaces taken out before this reads them. */
export const signInCodeForm = z.object({
  code: z.string().regex(/^\d{6}$/, 'Enter the 6 digits your authenticator app shows.'),
});
