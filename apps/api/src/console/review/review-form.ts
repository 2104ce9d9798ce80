import { Reviewer } from '@rightsdesk/review';
import { StaffPrincipal } from '@rightsdesk/staff';

/** The roles that may act on requests from the console (auditors only read). */
export const ACTING_ROLES = ['admin', 'privacy_officer'] as const;

export function reviewerOf(staff: StaffPrincipal): Reviewer {
  return { kind: 'staff', id: staff.id, role: staff.role };
}

/** A message as the page shows it: a capital first and a full stop. */
export function sentence(message: string): string {
  const text = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** What the staff member typed, to fill the form again beside its errors (never the token). */
export function stringValues(body: unknown): Record<string, string> {
  if (!body || typeof body !== 'object') return {};
  return Object.fromEntries(
    Object.entries(body as Record<string, unknown>).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[0] !== '_csrf',
    ),
  );
}
