import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@rightsdesk/requests';
import { staffActor } from './staff-principal';

/**
 * Staff actions in the audit trail (GDPR 5(2): show who did what), in the current transaction.
 * `requestId` when it concerns a request; data holds ids and facts, never passwords, tokens or a
 * person's details.
 */
@Injectable()
export class StaffAudit {
  constructor(private readonly audit: AuditTrail) {}

  async record(
    /** The staff member, a process name ("cli"), or null for someone not signed in. */
    actor: { id: string } | string | null,
    action: string,
    data: Record<string, unknown> = {},
    requestId: string | null = null,
  ): Promise<void> {
    await this.audit.append({
      requestId,
      actor: actor === null ? 'anonymous' : typeof actor === 'string' ? actor : staffActor(actor),
      action,
      data,
    });
  }
}
