import { EntityManager } from 'typeorm';
import { StaffSignInThrottle } from '@rightsdesk/persistence';
import {
  LockoutCheck,
  LockoutPolicy,
  LockoutState,
  NO_FAILURES,
  afterFailure,
  lockoutCheck,
} from './lockout-rules';

/** Reads and writes the lockout state of one account (lockout-rules.ts decides). */
export class SignInThrottle {
  constructor(private readonly policy: LockoutPolicy) {}

  async check(manager: EntityManager, subjectHash: string, now: Date): Promise<LockoutCheck> {
    const row = await manager.getRepository(StaffSignInThrottle).findOneBy({ subjectHash });
    return lockoutCheck(row ? stateOf(row) : NO_FAILURES, now);
  }

  /**
   * Counts one failure; returns the new state. The row is locked first, so failures sent at
   * once are all counted.
   */
  async fail(manager: EntityManager, subjectHash: string, now: Date): Promise<LockoutState> {
    await manager.query(
      `INSERT INTO staff_sign_in_throttles (subject_hash) VALUES ($1) ON CONFLICT DO NOTHING`,
      [subjectHash],
    );
    const [row] = (await manager.query(
      `SELECT failures, window_started_at, locked_until, lockouts
       FROM staff_sign_in_throttles WHERE subject_hash = $1 FOR UPDATE`,
      [subjectHash],
    )) as Array<{
      failures: number;
      window_started_at: Date | null;
      locked_until: Date | null;
      lockouts: number;
    }>;
    const next = afterFailure(
      {
        failures: row.failures,
        windowStartedAt: row.window_started_at,
        lockedUntil: row.locked_until,
        lockouts: row.lockouts,
      },
      now,
      this.policy,
    );
    await manager.update(StaffSignInThrottle, { subjectHash }, next);
    return next;
  }

  async clear(manager: EntityManager, subjectHash: string): Promise<void> {
    await manager.delete(StaffSignInThrottle, { subjectHash });
  }
}

function stateOf(row: StaffSignInThrottle): LockoutState {
  return {
    failures: row.failures,
    windowStartedAt: row.windowStartedAt,
    lockedUntil: row.lockedUntil,
    lockouts: row.lockouts,
  };
}
