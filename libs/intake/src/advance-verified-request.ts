import { EntityManager } from 'typeorm';
import {
  DataSubjectRequest,
  SubjectIdentity,
  enqueueInOutbox,
  transitionRequest,
} from '@rightsdesk/persistence';
import { jobIdFor, outboxEntryFor } from '@rightsdesk/queue';
import { isAutoApproved } from './approval-policy';

/**
 * What follows verification, in the caller's transaction: a second open request of the same type
 * for the same verified person is linked to the first and closed, not processed twice; otherwise
 * the request is approved by policy (and its fulfilment starts) or goes to an officer's review.
 */
export async function advanceVerifiedRequest(
  manager: EntityManager,
  request: DataSubjectRequest,
  autoApprove: readonly string[],
): Promise<DataSubjectRequest> {
  const earlier = await findOpenDuplicate(manager, request);
  if (earlier) {
    return transitionRequest(manager, request.id, 'cancel', {
      actor: 'system',
      reason: `duplicate of ${earlier.reference}, which is already being handled`,
      data: { duplicateOf: earlier.id },
      changes: { duplicateOfId: earlier.id },
    });
  }
  if (!isAutoApproved(autoApprove, request.type, request.regime)) {
    return transitionRequest(manager, request.id, 'submit_for_review', { actor: 'system' });
  }
  const approved = await transitionRequest(manager, request.id, 'approve', {
    actor: 'policy',
    reason: 'approved automatically by the approval policy for this type',
    context: { approval: 'automatic' },
  });
  await startFulfilment(manager, approved);
  return approved;
}

/** Schedules the fulfilment flow of an approved request, in the approving transaction. */
export async function startFulfilment(
  manager: EntityManager,
  request: DataSubjectRequest,
): Promise<void> {
  await enqueueInOutbox(
    manager,
    outboxEntryFor(
      'fulfilment.start',
      { v: 1, requestId: request.id, generation: 0 },
      jobIdFor('fulfilment.start', request.id, 'g0'),
    ),
  );
}

async function findOpenDuplicate(
  manager: EntityManager,
  request: DataSubjectRequest,
): Promise<DataSubjectRequest | null> {
  const subject = await manager
    .getRepository(SubjectIdentity)
    .findOneByOrFail({ id: request.subjectId });
  const [row] = (await manager.query(
    `SELECT r.id FROM requests r JOIN subject_identities s ON s.id = r.subject_id
     WHERE lower(s.email) = lower($1) AND r.type = $2 AND r.id <> $3 AND r.created_at < $4
       AND r.status IN ('verified', 'awaiting_review', 'needs_info', 'approved', 'in_progress', 'failed')
     ORDER BY r.created_at LIMIT 1`,
    [subject.email, request.type, request.id, request.createdAt],
  )) as Array<{ id: string }>;
  return row ? manager.getRepository(DataSubjectRequest).findOneByOrFail({ id: row.id }) : null;
}
