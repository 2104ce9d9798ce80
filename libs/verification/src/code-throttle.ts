import { EntityManager } from 'typeorm';
import { DomainError } from '@rightsdesk/domain';

/** Tables of one-time-code challenges, one row per code sent. */
export type ChallengeTable = 'verification_challenges' | 'download_challenges';

/**
 * Refuses a new code when `max` were sent for the request in the last hour (regs 7060: repeated
 * attempts are throttled), with a 429 that says when to ask again. Call it inside the issuing
 * transaction after locking the request (RequestRepository.lock), so two asks at once cannot
 * both slip under the limit. (Download codes; verification codes go through
 * IssueVerificationUseCase.)
 */
export async function limitCodesPerHour(
  manager: EntityManager,
  table: ChallengeTable,
  requestId: string,
  max: number,
  what: string,
): Promise<void> {
  const [{ recent, oldest }] = (await manager.query(
    `SELECT count(*)::int AS recent, min(created_at) AS oldest FROM ${table}
     WHERE request_id = $1 AND created_at > now() - interval '1 hour'`,
    [requestId],
  )) as Array<{ recent: number; oldest: Date | null }>;
  refuseOverHourlyLimit({ recent, oldest }, max, what);
}

/** The 429 of limitCodesPerHour, from the codes already sent in the last hour. */
export function refuseOverHourlyLimit(
  sent: { recent: number; oldest: Date | null },
  max: number,
  what: string,
  now = Date.now(),
): void {
  const { recent, oldest } = sent;
  if (recent < max || !oldest) return;
  const retryAfterSeconds = Math.max(
    1,
    Math.ceil((new Date(oldest).getTime() + 3600_000 - now) / 1000),
  );
  throw new DomainError(
    'rate_limited',
    `${recent} ${what} were sent in the last hour; ask again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`,
    [],
    retryAfterSeconds,
  );
}
