import { z } from 'zod';
import { API_SCOPES } from '@rightsdesk/persistence';
import { STAFF_ROLES } from '@rightsdesk/staff';

const EMAIL_LIKE = 'Enter an email address like name@example.com.';
const NAME_LENGTH = 'Keep the name to 100 characters.';

/** Inviting a staff member: their name, work email and role (the values come trimmed). */
export const inviteStaffForm = z.object({
  name: z.string().min(1, 'Enter their full name.').max(100, NAME_LENGTH),
  email: z
    .string()
    .max(254, EMAIL_LIKE)
    .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, EMAIL_LIKE),
  role: z.enum(STAFF_ROLES, 'Choose a role: Admin, Privacy officer or Auditor.'),
});

/** A new API key: named after the system that uses it, with at least one known scope. */
export const apiKeyForm = z.object({
  name: z.string().min(1, 'Name the key after the system that will use it.').max(100, NAME_LENGTH),
  scopes: z
    .array(z.string())
    .min(1, 'Choose at least one scope.')
    .superRefine((scopes, context) => {
      const unknown = scopes.filter((scope) => !(API_SCOPES as readonly string[]).includes(scope));
      if (unknown.length > 0) {
        context.addIssue({ code: 'custom', message: `Unknown scope: ${unknown.join(', ')}.` });
      }
    }),
});
