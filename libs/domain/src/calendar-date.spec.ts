import { instantAt } from './calendar-date';

describe('instantAt', () => {
  it.each([
    // A letter opened at 09:30 in Oakland, in winter and in summer time.
    [{ year: 2026, month: 11, day: 16 }, 9, 30, 'America/Los_Angeles', '2026-11-16T17:30:00.000Z'],
    [{ year: 2026, month: 7, day: 1 }, 9, 30, 'America/Los_Angeles', '2026-07-01T16:30:00.000Z'],
    // The evening a clock goes back: the time after the change.
    [{ year: 2026, month: 11, day: 1 }, 18, 0, 'America/Los_Angeles', '2026-11-02T02:00:00.000Z'],
    [{ year: 2026, month: 3, day: 29 }, 12, 0, 'Europe/Madrid', '2026-03-29T10:00:00.000Z'],
    [{ year: 2026, month: 1, day: 31 }, 23, 59, 'UTC', '2026-01-31T23:59:00.000Z'],
  ])('reads %j %i:%i in %s as %s', (date, hour, minute, zone, expected) => {
    expect(instantAt(date, hour, minute, zone).toISOString()).toBe(expected);
  });
});
