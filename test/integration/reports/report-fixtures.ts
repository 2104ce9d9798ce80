import { DataSource } from 'typeorm';
import { dataSourceOptions, runMigrations } from '@rightsdesk/persistence';
import { freshDatabase } from '../../support/fresh-database';
import { TEST_DATABASE_URL } from '../../support/test-env';

export const ZONE = 'America/Los_Angeles';

/** A database of this test file's own: reports add up every request, so no one else's may be in it. */
export async function reportsDatabase(
  name: string,
): Promise<{ url: string; dataSource: DataSource }> {
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/rightsdesk_reports_${name}_test`;
  await freshDatabase(url.toString());
  await runMigrations(url.toString());
  const dataSource = await new DataSource(dataSourceOptions(url.toString())).initialize();
  return { url: url.toString(), dataSource };
}

export interface FixtureRequest {
  reference: string;
  type?: string;
  regime?: string;
  manner?: string;
  status: string;
  /** Local date and time in the company's zone, "2025-03-01 12:00". */
  received: string;
  /** Local date and time the request closed (completed, denied, cancelled, expired). */
  closed?: string;
  /** Days from the received date to the due date (end of that day, local). */
  dueDays?: number;
  /** Due date after the one extension; original due stays dueDays. */
  extendedDueDays?: number;
  dueMonths?: number;
  compliedInPart?: boolean;
  denialBasis?: string;
  parent?: string;
  details?: Record<string, unknown>;
  /** Where the person said they live; by default California for a CCPA request, else none. */
  residence?: { country: string; region?: string } | null;
}

/**
 * Inserts a request as it would stand after its life, with dates given as the company's local
 * time, so a test's expected figures can be worked out by hand from the calendar.
 */
export async function insertRequest(
  dataSource: DataSource,
  fixture: FixtureRequest,
): Promise<string> {
  const [subject] = (await dataSource.query(
    `INSERT INTO subject_identities (email, name) VALUES ($1, $2) RETURNING id`,
    [`${fixture.reference.toLowerCase()}@example.org`, `Person ${fixture.reference}`],
  )) as Array<{ id: string }>;
  const residence =
    fixture.residence !== undefined
      ? fixture.residence
      : (fixture.regime ?? 'ccpa') === 'ccpa'
        ? { country: 'US', region: 'CA' }
        : null;
  const dueInterval = fixture.dueMonths
    ? `${fixture.dueMonths} months`
    : `${fixture.extendedDueDays ?? fixture.dueDays ?? 45} days`;
  const [row] = (await dataSource.query(
    `INSERT INTO requests (reference, type, status, regime, manner, answer_channel, language, subject_id,
       details, received_at, due_at, due_explanation, original_due_at, completed_at, closed_at,
       complied_in_part, denial_basis, parent_request_id, residence_country, residence_region)
     VALUES ($1, $2, $3, $4, $5, 'email', 'en', $6, $7,
       $8::timestamp AT TIME ZONE $14,
       ((($8::timestamp)::date + $9::interval + interval '1 day')::timestamp AT TIME ZONE $14) - interval '1 microsecond',
       'fixture',
       CASE WHEN $10::int IS NULL THEN NULL ELSE
         ((($8::timestamp)::date + make_interval(days => $10::int) + interval '1 day')::timestamp AT TIME ZONE $14) - interval '1 microsecond' END,
       CASE WHEN $3 = 'completed' THEN $11::timestamp AT TIME ZONE $14 END,
       $11::timestamp AT TIME ZONE $14,
       $12, $13, (SELECT id FROM requests WHERE reference = $15), $16, $17)
     RETURNING id`,
    [
      fixture.reference,
      fixture.type ?? 'access',
      fixture.status,
      fixture.regime ?? 'ccpa',
      fixture.manner ?? 'web',
      subject.id,
      JSON.stringify(fixture.details ?? {}),
      fixture.received,
      dueInterval,
      fixture.extendedDueDays !== undefined ? (fixture.dueDays ?? 45) : null,
      fixture.closed ?? null,
      fixture.compliedInPart ?? false,
      fixture.denialBasis ?? null,
      ZONE,
      fixture.parent ?? null,
      residence?.country ?? null,
      residence?.region ?? null,
    ],
  )) as Array<{ id: string }>;
  return row.id;
}
