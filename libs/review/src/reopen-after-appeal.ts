import { randomBytes, randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { dueDatesFor, formatRequestReference } from '@rightsdesk/domain';
import { DataSubjectRequest, appendAuditEvent, transitionRequest } from '@rightsdesk/persistence';

/**
 * A reversed appeal means the company will now do what it refused (Va. Code 59.1-577(C); C.R.S.
 * 6-1-1306(3)): the original request is closed and stays as it was decided, so the work is a new
 * request of the same kind, for the same person, with the same details, already past
 * verification (the officer's decision stands for it), waiting in review on a fresh response
 * clock from the decision. Returns its id, or null when there is nothing to redo.
 */
export async function reopenAfterAppeal(
  manager: EntityManager,
  appeal: DataSubjectRequest,
  actor: string,
  timeZone: string,
  now = new Date(),
): Promise<{ id: string; reference: string } | null> {
  if (!appeal.parentRequestId) return null;
  const original = await manager
    .getRepository(DataSubjectRequest)
    .findOneBy({ id: appeal.parentRequestId });
  if (!original || original.type === 'appeal') return null;
  const { respond, acknowledge } = dueDatesFor(
    { type: original.type, regime: original.regime, receivedAt: now },
    { timeZone },
  );
  const id = randomUUID();
  const reference = formatRequestReference(randomBytes(8));
  await manager.query(
    `INSERT INTO requests (id, reference, type, status, regime, manner, answer_channel, language,
       subject_id, details, received_at, due_at, due_explanation, due_rule, ack_due_at,
       ack_explanation, verification, duplicate_of_id)
     VALUES ($1, $2, $3, 'verified', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, NULL)`,
    [
      id,
      reference,
      original.type,
      original.regime,
      original.manner,
      original.answerChannel,
      original.language,
      original.subjectId,
      JSON.stringify({
        ...original.details,
        reopenedByAppeal: appeal.id,
        originalRequest: original.id,
      }),
      now,
      respond.dueAt,
      respond.explanation,
      JSON.stringify({ dueOn: respond.dueOn, basis: respond.basis }),
      acknowledge?.dueAt ?? null,
      acknowledge?.explanation ?? null,
      JSON.stringify({ outcome: 'appeal_reversed', appeal: appeal.id, at: now.toISOString() }),
    ],
  );
  await appendAuditEvent(manager, {
    requestId: id,
    actor,
    action: 'request.received',
    toStatus: 'verified',
    reason: `opened because appeal ${appeal.reference} of ${original.reference} was granted`,
    data: { appeal: appeal.id, originalRequest: original.id },
  });
  await transitionRequest(manager, id, 'submit_for_review', { actor });
  return { id, reference };
}
