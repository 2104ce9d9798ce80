import { StaffRole } from './staff-role';

/** The signed-in staff member a console page or API call acts as. */
export interface StaffPrincipal {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  sessionId: string;
  /** Repeated in every form (`_csrf`) or the `X-CSRF-Token` header; bound to this session. */
  csrfToken: string;
}

/** How staff appear as the actor of audit events. */
export function staffActor(staff: { id: string }): string {
  return `staff:${staff.id}`;
}
