import { z } from 'zod';
import { say } from '../i18n/console-words';

const EMAIL_LIKE = say('form.error.emailLike');

export const forgotPasswordForm = z.object({
  email: z
    .string()
    .trim()
    .min(1, EMAIL_LIKE)
    .max(254, EMAIL_LIKE)
    .regex(/^[^\s@]+@[^\s@]+$/, EMAIL_LIKE),
});

/** A new password, typed twice; its strength is the staff library's rule (StaffPasswordLinks). */
export const choosePasswordForm = z
  .object({
    password: z.string().min(1, say('password.error.new')),
    confirm: z.string(),
  })
  // Only once a password is given: an empty one is the one problem to show.
  .refine((form) => !form.password || form.password === form.confirm, {
    path: ['confirm'],
    message: say('password.error.notSame'),
  });
