/**
 * The CCPA metrics of 2025 for everyone, as one would write them by hand for this schema: one
 * GROUP BY over the year's requests, no category mapping, no appeal count. The benchmark checks
 * that its received, complied, denied, median and mean equal the product's, type by type.
 */
export const CCPA_METRICS_BASELINE_SQL = `
  SELECT type,
    count(*)::int AS received,
    count(*) FILTER (WHERE status = 'completed')::int AS complied,
    count(*) FILTER (WHERE status IN ('denied', 'expired'))::int AS denied,
    percentile_cont(0.5) WITHIN GROUP (ORDER BY (closed_at AT TIME ZONE $1)::date - (received_at AT TIME ZONE $1)::date)
      FILTER (WHERE status IN ('completed', 'denied', 'expired')) AS median_days,
    avg((closed_at AT TIME ZONE $1)::date - (received_at AT TIME ZONE $1)::date)
      FILTER (WHERE status IN ('completed', 'denied', 'expired'))::float8 AS mean_days
  FROM requests
  WHERE received_at >= '2025-01-01'::timestamp AT TIME ZONE $1
    AND received_at < '2026-01-01'::timestamp AT TIME ZONE $1
    AND type <> 'appeal'
  GROUP BY type`;
