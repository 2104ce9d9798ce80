/**
 * Temporary lockout after repeated failed sign-ins (issue 6; OWASP ASVS 2.2.1): pure rules, the
 * state kept per account (keyed hash of the email, so an unknown address is treated exactly like
 * a known one and the page reveals nothing).
 */
export interface LockoutPolicy {
  /** Failures within `windowMinutes` that lock the account. */
  maxFailures: number;
  windowMinutes: number;
  /** First lockout; each further lockout in a row doubles it, up to `maxLockMinutes`. */
  lockMinutes: number;
  maxLockMinutes: number;
}

export const DEFAULT_LOCKOUT_POLICY: LockoutPolicy = {
  maxFailures: 5,
  windowMinutes: 15,
  lockMinutes: 15,
  maxLockMinutes: 24 * 60,
};

export interface LockoutState {
  failures: number;
  windowStartedAt: Date | null;
  lockedUntil: Date | null;
  /** Lockouts since the last successful sign-in. */
  lockouts: number;
}

export const NO_FAILURES: LockoutState = {
  failures: 0,
  windowStartedAt: null,
  lockedUntil: null,
  lockouts: 0,
};

export type LockoutCheck = { locked: false } | { locked: true; retryAfterSeconds: number };

/** Whether a sign-in may be tried now. */
export function lockoutCheck(state: LockoutState, now: Date): LockoutCheck {
  if (state.lockedUntil && state.lockedUntil.getTime() > now.getTime()) {
    return {
      locked: true,
      retryAfterSeconds: Math.ceil((state.lockedUntil.getTime() - now.getTime()) / 1000),
    };
  }
  return { locked: false };
}

/** The state after one more failure: counted in its window, locking at the limit. */
export function afterFailure(
  state: LockoutState,
  now: Date,
  policy: LockoutPolicy = DEFAULT_LOCKOUT_POLICY,
): LockoutState {
  const windowOpen =
    state.windowStartedAt !== null &&
    now.getTime() - state.windowStartedAt.getTime() < policy.windowMinutes * 60_000;
  const failures = windowOpen ? state.failures + 1 : 1;
  const windowStartedAt = windowOpen ? state.windowStartedAt : now;
  if (failures < policy.maxFailures) {
    return { ...state, failures, windowStartedAt, lockedUntil: state.lockedUntil };
  }
  const lockouts = state.lockouts + 1;
  const minutes = Math.min(policy.lockMinutes * 2 ** (lockouts - 1), policy.maxLockMinutes);
  return {
    failures: 0,
    windowStartedAt: null,
    lockedUntil: new Date(now.getTime() + minutes * 60_000),
    lockouts,
  };
}

/** A successful sign-in clears everything. */
export function afterSuccess(): LockoutState {
  return { ...NO_FAILURES };
}

/** "15 minutes", "1 hour", "2 hours 30 minutes": how long, in words, for the sign-in page. */
export function durationInWords(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const part = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;
  if (hours === 0) return part(minutes, 'minute');
  return rest === 0 ? part(hours, 'hour') : `${part(hours, 'hour')} ${part(rest, 'minute')}`;
}
