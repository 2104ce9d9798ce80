import { AssigneeCheck, isAssignableStaff } from '@rightsdesk/review';

/**
 * Requests go to staff who can act on them: an active admin or privacy officer. An auditor is
 * read-only, and a deactivated member would leave the request with nobody working it.
 */
export const assignableStaff: AssigneeCheck = isAssignableStaff;
