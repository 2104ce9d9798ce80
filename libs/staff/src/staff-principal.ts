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
  /** What needs them, counted for the console's navigation on pages read (absent otherwise). */
  waiting?: WorkWaiting;
}

/** Open requests that need this member: assigned to them, due soon, failed (issue 14, part 5). */
export interface WorkWaiting {
  assigned: number;
  dueSoon: number;
  failed: number;
  /** "Due soon" means due within this many days (STAFF_DUE_SOON_DAYS). */
  dueSoonDays: number;
}

/** How staff appear as the actor of audit events. */
export function staffActor(staff: { id: string }): string {
  return `staff:${staff.id}`;
}
