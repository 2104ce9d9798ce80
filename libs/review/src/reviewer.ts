import { DomainError } from '@rightsdesk/domain';
import { StaffRole, staffActor } from '@rightsdesk/staff';

/**
 * Who works the queue: a staff member signed in to the console, or a company system holding an
 * API key whose `requests:manage` scope was checked at the door.
 */
export type Reviewer =
  | { readonly kind: 'staff'; readonly id: string; readonly role: StaffRole }
  | { readonly kind: 'system'; readonly keyId: string };

/** What the audit trail records as the actor: `staff:<id>`, or `api:<key id>`. */
export function actorOf(reviewer: Reviewer): string {
  return reviewer.kind === 'staff' ? staffActor(reviewer) : `api:${reviewer.keyId}`;
}

/**
 * Auditors read everything and change nothing (GDPR Art. 32: role-based staff access); admins
 * and privacy officers act on requests. A system's key reached here only with requests:manage.
 */
export function mayActOnRequests(reviewer: Reviewer): boolean {
  return reviewer.kind === 'system' || reviewer.role !== 'auditor';
}

export function assertMayActOnRequests(reviewer: Reviewer): void {
  if (!mayActOnRequests(reviewer)) {
    throw new DomainError(
      'forbidden',
      'Auditors have read-only access: this action needs a privacy officer or an admin.',
    );
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id that cannot be a request's gets the same 404 as one that does not exist. */
export function assertRequestId(id: string): void {
  if (!UUID.test(id))
    throw new DomainError('not_found', 'No request with that id is available to you.');
}
