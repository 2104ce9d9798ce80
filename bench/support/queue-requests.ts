import { Client } from 'pg';

/**
 * 100,000 requests shaped like a few years of a busy shop's privacy inbox: most closed, a tenth
 * open across every status, every type, law, manner and channel, half the open ones assigned to
 * one of five officers, each with its own person. Written with one INSERT … SELECT per table.
 */
export async function seedQueueRequests(
  databaseUrl: string,
  total: number,
  officerIds: readonly string[],
): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO subject_identities (id, email, name, created_at)
       SELECT md5('queue-person-' || n)::uuid, 'queue.person.' || n || '@example.org', 'Queue Person ' || n, now()
         FROM generate_series(1, $1) AS n`,
      [total],
    );
    // Status by position: 1 in 10 open (spread over the open statuses, received in the last 60
    // days, so some are overdue and many due soon), the rest closed over the two years before.
    await client.query(
      `INSERT INTO requests (reference, type, status, regime, manner, answer_channel, language,
         subject_id, details, received_at, due_at, due_explanation, assignee_id, completed_at)
       SELECT 'RD-' || substr(ref, 1, 4) || '-' || substr(ref, 5, 4),
              (ARRAY['access','delete','correct','withdraw_consent','access','delete','appeal'])[1 + n % 7],
              CASE WHEN n % 10 = 0
                   THEN (ARRAY['received','pending_verification','verified','awaiting_review','awaiting_review',
                               'needs_info','approved','in_progress','in_progress','failed'])[1 + (n / 10) % 10]
                   ELSE (ARRAY['completed','completed','completed','completed','completed','completed',
                               'denied','cancelled','expired'])[1 + n % 9] END,
              (ARRAY['ccpa','ccpa','ccpa','gdpr','gdpr','vcdpa','cpa','ctdpa','tdpsa'])[1 + n % 9],
              (ARRAY['web','web','web','api','postal','phone','email','agent'])[1 + n % 8],
              CASE WHEN n % 6 = 0 THEN 'postal' ELSE 'email' END,
              CASE WHEN n % 5 = 0 THEN 'es' ELSE 'en' END,
              md5('queue-person-' || n)::uuid, '{}'::jsonb,
              received, received + interval '45 days', 'due 45 days from receipt (CCPA regs 7021(b))',
              CASE WHEN n % 10 = 0 AND n % 20 = 0 THEN ($2::uuid[])[1 + (n / 20) % array_length($2::uuid[], 1)] END,
              CASE WHEN n % 10 <> 0 AND n % 9 < 6 THEN received + interval '30 days' END
         FROM generate_series(1, $1) AS n,
              -- An odd multiplier is a bijection mod 2^32: every reference differs.
              LATERAL (SELECT upper(lpad(to_hex((n::bigint * 2654435761) % 4294967296), 8, '0')) AS ref,
                              CASE WHEN n % 10 = 0 THEN now() - interval '1 hour' * (n % 1440)
                                   ELSE now() - ((($1 - n)::float / $1) * interval '730 days') - interval '60 days' END AS received) AS r`,
      [total, officerIds],
    );
    await client.query('COMMIT');
    // What autovacuum does on a live system: statistics, and a visibility map for index-only scans.
    await client.query('VACUUM ANALYZE requests');
    await client.query('VACUUM ANALYZE subject_identities');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    await client.end();
  }
}
