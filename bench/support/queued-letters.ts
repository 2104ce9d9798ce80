import { randomUUID } from 'node:crypto';
import { LetterInput } from '@rightsdesk/notices';
import { sealToBytes } from '@rightsdesk/persistence';
import { Pool } from 'pg';

/**
 * Puts letters in the print queue the way the worker leaves them (render-notice.use-case.ts
 * queueLetter): a postal request, its correspondence row and a letter whose input is sealed to
 * `<id>:input`. The stored PDF is a sealed placeholder: a print batch never reads it, and
 * rendering 1,000 single letters first would double the benchmark's time.
 */
export async function queueBenchLetters(
  databaseUrl: string,
  key: Buffer,
  inputs: LetterInput[],
): Promise<void> {
  const pool = new Pool({ connectionString: databaseUrl, max: 1 });
  try {
    for (let from = 0; from < inputs.length; from += 200) {
      const rows = inputs.slice(from, from + 200).map((input, offset) => ({
        input,
        order: from + offset,
        subjectId: randomUUID(),
        requestId: randomUUID(),
        correspondenceId: randomUUID(),
        letterId: randomUUID(),
      }));
      const column = <T>(pick: (row: (typeof rows)[number]) => T) => rows.map(pick);
      await pool.query(
        `INSERT INTO subject_identities (id, email, name, postal_address)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::jsonb[])`,
        [
          column((row) => row.subjectId),
          column((row) => `letter-${row.order}@bench.example`),
          column((row) => row.input.recipient.name ?? null),
          column((row) => JSON.stringify(row.input.recipient)),
        ],
      );
      await pool.query(
        `INSERT INTO requests (id, reference, type, status, regime, manner, answer_channel, language,
           subject_id, received_at, due_at, due_explanation)
         SELECT id, reference, 'delete', 'completed', 'ccpa', 'postal', 'postal', language, subject_id,
           now() - interval '28 days', now() + interval '17 days', '45 days from receipt'
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[]) AS t(id, reference, language, subject_id)`,
        [
          column((row) => row.requestId),
          column((row) => row.input.meta.reference),
          column((row) => row.input.meta.language),
          column((row) => row.subjectId),
        ],
      );
      await pool.query(
        `INSERT INTO correspondence (id, request_id, dedupe_key, kind, channel, language, recipient,
           subject, body_text, status)
         SELECT id, request_id, 'completed:postal', 'request_completed', 'postal', language, recipient,
           subject, subject, 'pending'
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[])
           AS t(id, request_id, language, recipient, subject)`,
        [
          column((row) => row.correspondenceId),
          column((row) => row.requestId),
          column((row) => row.input.meta.language),
          column((row) => [row.input.recipient.name, row.input.recipient.city].join(', ')),
          column((row) => row.input.content.subject),
        ],
      );
      // created_at one millisecond apart keeps the batch in the order the inputs were made.
      await pool.query(
        `INSERT INTO letters (id, correspondence_id, request_id, reference, kind, language, pages,
           status, sealed_pdf, sealed_input, created_at)
         SELECT id, correspondence_id, request_id, reference, 'request_completed', language, 1,
           'queued', sealed_pdf, sealed_input, now() + make_interval(secs => ord / 1000.0)
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::bytea[],
           $7::bytea[], $8::int[]) AS t(id, correspondence_id, request_id, reference, language,
           sealed_pdf, sealed_input, ord)`,
        [
          column((row) => row.letterId),
          column((row) => row.correspondenceId),
          column((row) => row.requestId),
          column((row) => row.input.meta.reference),
          column((row) => row.input.meta.language),
          column((row) => sealToBytes(key, `${row.letterId}:pdf`, Buffer.from('%PDF-1.3\n'))),
          column((row) =>
            sealToBytes(key, `${row.letterId}:input`, Buffer.from(JSON.stringify(row.input))),
          ),
          column((row) => row.order),
        ],
      );
    }
  } finally {
    await pool.end();
  }
}
