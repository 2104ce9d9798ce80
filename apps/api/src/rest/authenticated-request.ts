import type { Request } from 'express';
import type { ApiPrincipal } from '@rightsdesk/api-keys';
import type { ApiScope } from '@rightsdesk/persistence';
import type { StaffPrincipal } from '@rightsdesk/staff';

/** A signed-in staff member calling the API from the console's browser session. */
export interface StaffApiPrincipal {
  staff: StaffPrincipal;
  scopes: readonly ApiScope[];
}

export interface AuthenticatedRequest extends Request {
  principal?: ApiPrincipal | { statusToken: string } | StaffApiPrincipal;
  staff?: StaffPrincipal;
}
