/**
 * Staff roles (issue 6): an admin manages staff, keys and settings and may do everything; a
 * privacy officer works the queue; an auditor reads everything and changes nothing.
 */
export const STAFF_ROLES = ['admin', 'privacy_officer', 'auditor'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** How each role is named on pages and in messages. */
export const STAFF_ROLE_LABELS: Record<StaffRole, string> = {
  admin: 'Admin',
  privacy_officer: 'Privacy officer',
  auditor: 'Auditor (read-only)',
};

export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === 'string' && (STAFF_ROLES as readonly string[]).includes(value);
}

/** True when `role` is one of `allowed`; an empty list means any signed-in staff member. */
export function roleAllowed(role: StaffRole, allowed: readonly StaffRole[]): boolean {
  return allowed.length === 0 || allowed.includes(role);
}

/** "Admin or Privacy officer": what a refusal page says is needed. */
export function rolesInWords(roles: readonly StaffRole[]): string {
  const labels = roles.map((role) => STAFF_ROLE_LABELS[role].replace(/ \(.*\)$/, ''));
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} or ${labels[labels.length - 1]}`;
}

/**
 * The API scopes a signed-in staff member's role carries on /api/v1 (session cookie instead of
 * an API key). Admins hold every scope; officers every scope but the admin-only ones (named
 * `admin:…`); auditors only reading scopes (`…:read`), so they can never change anything.
 */
export function scopesForRole<S extends string>(role: StaffRole, allScopes: readonly S[]): S[] {
  switch (role) {
    case 'admin':
      return [...allScopes];
    case 'privacy_officer':
      return allScopes.filter((scope) => !scope.startsWith('admin:'));
    case 'auditor':
      return allScopes.filter((scope) => scope.endsWith(':read'));
  }
}
