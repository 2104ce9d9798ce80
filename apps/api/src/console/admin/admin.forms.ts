import { z } from 'zod';
import { API_SCOPES } from '@rightsdesk/persistence';
import { STAFF_ROLES } from '@rightsdesk/staff';
import { say } from '../i18n/console-words';

const EMAIL_LIKE = say('form.error.emailLike');
const NAME_LENGTH = say('users.error.nameLength');

/** Inviting a staff member: their name, work email and role (the values come trimmed). */
export const inviteStaffForm = z.object({
  name: z.string().min(1, say('users.error.name')).max(100, NAME_LENGTH),
  email: z
    .string()
    .max(254, EMAIL_LIKE)
    .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, EMAIL_LIKE),
  role: z.enum(STAFF_ROLES, say('users.error.role')),
});

/** A new API key: named after the system that uses it, with at least one known scope. */
export const apiKeyForm = z.object({
  name: z.string().min(1, say('apiKeys.error.name')).max(100, NAME_LENGTH),
  scopes: z
    .array(z.string())
    .min(1, say('apiKeys.error.scopes'))
    .superRefine((scopes, context) => {
      const unknown = scopes.filter((scope) => !(API_SCOPES as readonly string[]).includes(scope));
      if (unknown.length > 0) {
        context.addIssue({
          code: 'custom',
          message: say('apiKeys.error.unknownScope', { scopes: unknown.join(', ') }),
        });
      }
    }),
});
