import { DomainError } from '@rightsdesk/domain';
import { Reviewer } from '@rightsdesk/review';
import type { AuthenticatedRequest } from '../api-access.guard';

/**
 * The reviewer behind an authenticated API call. A person's status token opens their own
 * request and never the queue or staff actions, whatever scope the route names.
 */
export function reviewerOf(request: AuthenticatedRequest): Reviewer {
  const principal = request.principal;
  if (principal && 'keyId' in principal) return { kind: 'system', keyId: principal.keyId };
  if (principal && 'staff' in principal) {
    return { kind: 'staff', id: principal.staff.id, role: principal.staff.role };
  }
  throw new DomainError(
    'forbidden',
    'The review queue is for staff: sign in to the console or use an API key.',
  );
}
