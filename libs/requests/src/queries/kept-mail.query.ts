import type { SqlRunner } from './report-sql';

export interface KeptMailRow {
  reference: string;
  recipient: string;
  subject: string;
  body_text: string;
  created_at: Date;
}

/**
 * Mail kept instead of sent (no SMTP server: a developer set-up), newest first, at most `last`,
 * optionally of one request by its reference (any case).
 */
export async function keptMail(
  db: SqlRunner,
  reference: string | null,
  last: number,
): Promise<KeptMailRow[]> {
  return (await db.query(
    `SELECT r.reference, c.recipient, c.subject, c.body_text, c.created_at
           FROM correspondence c JOIN requests r ON r.id = c.request_id
           WHERE c.status = 'captured' AND ($1::text IS NULL OR r.reference = upper($1))
           ORDER BY c.created_at DESC LIMIT $2`,
    [reference, last],
  )) as KeptMailRow[];
}
