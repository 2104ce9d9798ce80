import {
  DEFAULT_LOCKOUT_POLICY,
  LockoutState,
  NO_FAILURES,
  afterFailure,
  afterSuccess,
  durationInWords,
  lockoutCheck,
} from './lockout-rules';

const T0 = new Date('2026-12-02T12:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

function failTimes(times: number, start: LockoutState = NO_FAILURES, minute = 0): LockoutState {
  let state = start;
  for (let index = 0; index < times; index += 1) state = afterFailure(state, at(minute));
  return state;
}

describe('lockout rules', () => {
  it.each([
    [1, false],
    [4, false],
    [5, true],
  ])('after %i failures in a row the account is locked: %s', (failures, locked) => {
    const state = failTimes(failures);
    expect(lockoutCheck(state, at(0)).locked).toBe(locked);
  });

  it('locks for 15 minutes the first time, and then lets the person try again', () => {
    const state = failTimes(5);
    expect(lockoutCheck(state, at(14))).toEqual({ locked: true, retryAfterSeconds: 60 });
    expect(lockoutCheck(state, at(15))).toEqual({ locked: false });
  });

  it('doubles each lockout in a row, up to a day', () => {
    const lockMinutes: number[] = [];
    let state: LockoutState = NO_FAILURES;
    let minute = 0;
    for (let round = 0; round < 9; round += 1) {
      state = failTimes(5, state, minute);
      const until = (state.lockedUntil as Date).getTime();
      lockMinutes.push((until - at(minute).getTime()) / 60_000);
      minute = (until - T0.getTime()) / 60_000;
    }
    expect(lockMinutes).toEqual([15, 30, 60, 120, 240, 480, 960, 1440, 1440]);
  });

  it('forgets failures older than the 15-minute window', () => {
    const state = afterFailure(failTimes(4), at(16));
    expect(state.failures).toBe(1);
    expect(lockoutCheck(state, at(16)).locked).toBe(false);
  });

  it('clears everything after a successful sign-in', () => {
    expect(afterSuccess()).toEqual(NO_FAILURES);
  });

  it('follows a stricter policy when configured', () => {
    const policy = { ...DEFAULT_LOCKOUT_POLICY, maxFailures: 2, lockMinutes: 5 };
    const state = afterFailure(afterFailure(NO_FAILURES, at(0), policy), at(0), policy);
    expect(lockoutCheck(state, at(0))).toEqual({ locked: true, retryAfterSeconds: 300 });
  });

  it.each([
    [1, '1 minute'],
    [60, '1 minute'],
    [61, '2 minutes'],
    [900, '15 minutes'],
    [3600, '1 hour'],
    [5400, '1 hour 30 minutes'],
    [86400, '24 hours'],
  ])('says %i seconds as "%s"', (seconds, words) => {
    expect(durationInWords(seconds)).toBe(words);
  });
});
