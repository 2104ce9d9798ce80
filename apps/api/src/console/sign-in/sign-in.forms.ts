import { z } from 'zod';
import { say } from '../i18n/console-words';

export const WRONG_CREDENTIALS = say('signIn.error.wrongCredentials');
const EMAIL_LIKE = say('form.error.emailLike');

/** The sign-in form; an over-long password is simply not right (no hint about the limit). */
export const signInForm = z.object({
  email: z
    .string()
    .trim()
    .min(1, say('signIn.error.email'))
    .max(254, EMAIL_LIKE)
    .regex(/^[^\s@]+@[^\s@]+$/, EMAIL_LIKE),
  password: z.string().min(1, say('signIn.error.password')).max(200, WRONG_CREDENTIALS),
});

/** The second step: the six digits, spaces taken out before this reads them. */
export const signInCodeForm = z.object({
  code: z.string().regex(/^\d{6}$/, say('form.error.codeFormat')),
});
