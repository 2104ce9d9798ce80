import { AssigneeCheck } from '@rightsdesk/review';

/**
 * Who may be given requests. Until staff accounts exist in this build, any well-formed id is
 * accepted; once the console's staff table is merged, only active admins and privacy officers.
 */
export const assignableStaff: AssigneeCheck = () => Promise.resolve(true);
