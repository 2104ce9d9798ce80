import { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { DomainError, RequestEvent, TransitionContext, transition } from '@rightsdesk/domain';
import { appendAuditEvent } from './audit-trail';
import { DataSubjectRequest } from './entities';

export interface TransitionOptions {
  /** "subject", "worker", "policy", "api:<key>" or a staff user id. */
  actor: string;
  reason?: string;
  context?: TransitionContext;
  /** Facts for the audit row: ids, counts, codes; never personal data. */
  data?: Record<string, unknown>;
  /** Columns to set together with the new status. */
  changes?: Partial<DataSubjectRequest>;
}

/**
 * Moves a request through the state machine inside the caller's transaction: the rule is checked
 * against the current state, the row is updated only if nobody moved it meanwhile (so two
 * workers or two clicks cannot both win), and the transition lands in the audit trail.
 */
export async function transitionRequest(
  manager: EntityManager,
  requestId: string,
  event: RequestEvent,
  options: TransitionOptions,
): Promise<DataSubjectRequest> {
  const request = await manager.getRepository(DataSubjectRequest).findOneBy({ id: requestId });
  if (!request) throw new DomainError('not_found', `request ${requestId} does not exist`);
  const { from, to } = transition(request.status, event, {
    type: request.type,
    ...options.context,
  });
  const moved = await manager
    .createQueryBuilder()
    .update(DataSubjectRequest)
    .set({ ...options.changes, status: to } as QueryDeepPartialEntity<DataSubjectRequest>)
    .where('id = :id AND status = :from', { id: requestId, from })
    .execute();
  if (moved.affected !== 1) {
    throw new DomainError(
      'invalid_state',
      `request ${request.reference} changed while this was being done; try again`,
    );
  }
  await appendAuditEvent(manager, {
    requestId,
    actor: options.actor,
    action: `request.${event}`,
    fromStatus: from,
    toStatus: to,
    reason: options.reason ?? null,
    data: options.data,
  });
  return { ...request, ...options.changes, status: to };
}
