import { RequestViewer } from '@rightsdesk/intake';
import { ApiScope } from '@rightsdesk/persistence';
import type { AuthenticatedRequest } from '../authenticated-request';

/** Who is calling, as the request use cases see it. */
export const RequestAccess = {
  /** What a person's own status token may stand in for: reading, verifying and appealing their request. */
  tokenScopes: ['requests:read', 'requests:verify', 'requests:appeal'] as readonly ApiScope[],

  viewerOf(request: AuthenticatedRequest): RequestViewer {
    const principal = request.principal;
    if (principal && 'statusToken' in principal)
      return { kind: 'subject', statusToken: principal.statusToken };
    return { kind: 'system' };
  },
};
