import { EntityManager } from 'typeorm';
import { appendAuditEvent } from '@rightsdesk/persistence';
import { staffActor } from './staff-principal';

/**
 * Records a staff action in the audit trail (GDPR 5(2): show who did what), in the caller's
 * transaction. `requestId` when it concerns a request; data holds ids and facts, never
 * passwords, tokens or a person's details.
 */
export async function recordStaffAction(
  manager: EntityManager,
  /** The staff member, a process name ("cli"), or null for someone not signed in. */
  actor: { id: string } | string | null,
  action: string,
  data: Record<string, unknown> = {},
  requestId: string | null = null,
): Promise<void> {
  await appendAuditEvent(manager, {
    requestId,
    actor: actor === null ? 'anonymous' : typeof actor === 'string' ? actor : staffActor(actor),
    action,
    data,
  });
}
