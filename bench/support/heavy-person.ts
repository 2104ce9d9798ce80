import { analyticsDatabaseUrlFor } from '@rightsdesk/config';
import { SHOP_FIXTURE_PEOPLE } from '@demo/shop';
import { Client } from 'pg';

/** Rows the package benchmark adds to one customer: sessions, and page views in each. */
export const HEAVY_SESSIONS = 10_000;
export const PAGE_VIEWS_PER_SESSION = 19;

// Marks the added sessions, so a later run finds them instead of adding them again.
const BENCH_AGENT = 'Mozilla/5.0 (X11; Linux x86_64; rightsdesk-bench) Firefox/128.0';

/**
 * Two ordinary customers of the bench shop: one as seeded (a few dozen rows), and one given
 * 200,000 more rows (by default), 10,000 sessions with 19 page views each, as a heavy user of the website
 * would have. Added once with INSERT ... SELECT generate_series; a later run finds them by
 * their user agent. The customers are picked by position (the 1,000th, or the middle of a
 * smaller shop), so every run picks the same two.
 */
export async function ensureHeavyPerson(
  shopUrl: string,
  log: (line: string) => void,
  sessions = HEAVY_SESSIONS,
): Promise<{ heavy: string; light: string }> {
  const shop = new Client({ connectionString: shopUrl });
  // Sessions and page views live in the analytics database, by the shop's customer id.
  const client = new Client({ connectionString: analyticsDatabaseUrlFor(shopUrl) });
  await shop.connect();
  await client.connect();
  try {
    const { rows } = await shop.query<{ id: string; email: string }>(
      `SELECT id::text AS id, email FROM customers
       WHERE email LIKE '%@%' AND lower(email) <> ALL($1) ORDER BY id
       OFFSET least(1000, (SELECT count(*) FROM customers) / 2) LIMIT 2`,
      [SHOP_FIXTURE_PEOPLE.map((person) => person.email.toLowerCase())],
    );
    const [heavy, light] = rows;
    if (!heavy || !light) throw new Error('the bench shop has too few customers');
    const { rows: found } = await client.query<{ sessions: number; views: number }>(
      `SELECT count(*)::int AS sessions,
              (SELECT count(*)::int FROM page_views v JOIN sessions s ON s.id = v.session_id
               WHERE s.customer_id = $1 AND s.user_agent = $2) AS views
       FROM sessions WHERE customer_id = $1 AND user_agent = $2`,
      [heavy.id, BENCH_AGENT],
    );
    if (found[0]?.sessions !== sessions || found[0]?.views !== sessions * PAGE_VIEWS_PER_SESSION) {
      const added = sessions * (1 + PAGE_VIEWS_PER_SESSION);
      log(`adding ${added.toLocaleString('en-US')} rows to customer ${heavy.id}`);
      await client.query('BEGIN');
      await client.query('DELETE FROM sessions WHERE customer_id = $1 AND user_agent = $2', [
        heavy.id,
        BENCH_AGENT,
      ]);
      await client.query(
        `INSERT INTO sessions (customer_id, ip_address, user_agent, started_at, ended_at,
                               visit_length_seconds, exit_method)
         SELECT $1, ('10.' || (g / 65536) % 256 || '.' || (g / 256) % 256 || '.' || g % 256)::inet, $2,
                timestamptz '2024-01-01 00:00Z' + g * interval '47 minutes',
                timestamptz '2024-01-01 00:00Z' + g * interval '47 minutes' + interval '9 minutes',
                540, (ARRAY['navigated_away', 'closed_tab', 'timeout', 'external_link', 'logout'])[1 + g % 5]
         FROM generate_series(1, $3::int) AS g`,
        [heavy.id, BENCH_AGENT, sessions],
      );
      await client.query(
        `INSERT INTO page_views (session_id, url, viewed_at, response_time_ms, time_on_page_ms,
                                 scroll_depth_pct, clicks)
         SELECT s.id, 'https://shop.example.com/products/' || (s.id * 31 + g) % 5000 || '?ref=bench',
                s.started_at + g * interval '25 seconds', 40 + (s.id + g) % 900,
                1000 + (s.id * g) % 60000, (s.id + 7 * g) % 101, g % 6
         FROM sessions s CROSS JOIN generate_series(1, $3::int) AS g
         WHERE s.customer_id = $1 AND s.user_agent = $2`,
        [heavy.id, BENCH_AGENT, PAGE_VIEWS_PER_SESSION],
      );
      await client.query('COMMIT');
      await client.query('ANALYZE sessions, page_views');
    }
    return { heavy: heavy.email, light: light.email };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
    await shop.end();
  }
}
