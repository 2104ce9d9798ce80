import type {
  DataSubjectRequest,
  SubjectIdentity as RequestSubject,
} from '@rightsdesk/persistence';
import type { SubjectIdentity } from './subject-identity';

/**
 * Who the data sources look for: the person's email, or, for a person who wrote or called
 * without one, their name and postal address (and the order number they quoted, if any), which
 * the map's systems searched by them use to find their rows.
 */
export function personIdentityOf(
  subject: Pick<RequestSubject, 'email' | 'name' | 'phone' | 'postalAddress'>,
  request: Pick<DataSubjectRequest, 'details'>,
): SubjectIdentity {
  const orderNumber = request.details.orderNumber;
  return {
    email: subject.email ?? '',
    name: subject.name ?? undefined,
    phone: subject.phone ?? undefined,
    postalAddress: subject.postalAddress ?? undefined,
    orderNumber: typeof orderNumber === 'string' ? orderNumber : undefined,
  };
}
