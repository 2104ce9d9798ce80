import type { RequestStatus } from '@rightsdesk/domain';
import { DatePeriod, SqlRunner, endOfDaySql, startOfDaySql } from './report-sql';

export interface RequestLogRow {
  reference: string;
  received_on: string;
  type: string;
  regime: string;
  residence_country: string | null;
  residence_region: string | null;
  manner: string;
  status: RequestStatus;
  responded_on: string | null;
  complied_in_part: boolean;
  denial_basis: string | null;
  due_on: string;
  extended: boolean;
  appeal_of: string | null;
  purged: boolean;
}

/**
 * A line per request received in the period (dates in the time zone), in order of receipt, at
 * most `limit` lines. Reads only columns that retention keeps (regs 7101(b)).
 */
export async function requestLogRows(
  db: SqlRunner,
  period: DatePeriod,
  timeZone: string,
  limit: number,
): Promise<RequestLogRow[]> {
  return (await db.query(
    `SELECT r.reference, to_char(r.received_at AT TIME ZONE $3, 'YYYY-MM-DD') AS received_on,
       r.type, r.regime, r.residence_country, r.residence_region, r.manner, r.status,
       CASE WHEN r.status IN ('completed', 'denied', 'expired')
         THEN to_char(r.closed_at AT TIME ZONE $3, 'YYYY-MM-DD') END AS responded_on,
       r.complied_in_part, r.denial_basis,
       to_char(r.due_at AT TIME ZONE $3, 'YYYY-MM-DD') AS due_on,
       r.original_due_at IS NOT NULL AS extended,
       p.reference AS appeal_of,
       r.personal_data_purged_at IS NOT NULL AS purged
     FROM requests r LEFT JOIN requests p ON p.id = r.parent_request_id
     WHERE r.received_at >= ${startOfDaySql('$1', '$3')} AND r.received_at < ${endOfDaySql('$2', '$3')}
     ORDER BY r.received_at, r.reference LIMIT $4`,
    [period.from, period.to, timeZone, limit],
  )) as RequestLogRow[];
}
