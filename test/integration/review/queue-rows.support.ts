import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  AnswerChannel,
  Manner,
  Regime,
  RequestStatus,
  RequestType,
  formatRequestReference,
} from '@rightsdesk/domain';

const DAY = 86_400_000;

export interface QueueRowInput {
  type?: RequestType;
  status: RequestStatus;
  regime?: Regime;
  manner?: Manner;
  channel?: AnswerChannel;
  /** Days from now to the due instant (negative: overdue). */
  dueInDays: number;
  receivedDaysAgo?: number;
  assigneeId?: string | null;
  email?: string;
}

/** Writes a request as intake would have left it, with exactly the facts a queue test needs. */
export async function insertQueueRow(
  dataSource: DataSource,
  input: QueueRowInput,
): Promise<{ id: string; reference: string; email: string }> {
  const email = input.email ?? `queue-${randomUUID().slice(0, 8)}@example.org`;
  const [subject] = (await dataSource.query(
    `INSERT INTO subject_identities (email, name) VALUES ($1, 'Queue Person') RETURNING id`,
    [email],
  )) as Array<{ id: string }>;
  const reference = formatRequestReference(randomBytes(8));
  const now = Date.now();
  const [row] = (await dataSource.query(
    `INSERT INTO requests (reference, type, status, regime, manner, answer_channel, language,
       subject_id, details, received_at, due_at, due_explanation, assignee_id)
     VALUES ($1, $2, $3, $4, $5, $6, 'en', $7, '{}', $8, $9, 'set by the test', $10) RETURNING id`,
    [
      reference,
      input.type ?? 'access',
      input.status,
      input.regime ?? 'ccpa',
      input.manner ?? 'web',
      input.channel ?? 'email',
      subject!.id,
      new Date(now - (input.receivedDaysAgo ?? 10) * DAY),
      new Date(now + input.dueInDays * DAY),
      input.assigneeId ?? null,
    ],
  )) as Array<{ id: string }>;
  return { id: row!.id, reference, email };
}
