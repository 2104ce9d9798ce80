import { responseDueDate } from './due-date';
import { describeTimeLeft, timeLeft } from './time-left';

const LA = 'America/Los_Angeles';
// Due 2027-01-09, the day ending 2027-01-10T07:59:59.999Z.
const { dueAt } = responseDueDate('ccpa', new Date('2026-11-25T17:00:00Z'), LA);

describe(timeLeft.name, () => {
  it.each([
    // [now, state, days, en, es]
    ['2026-11-25T17:00:00Z', 'open', 45, '45 days left', 'quedan 45 días'],
    ['2026-12-28T12:00:00Z', 'open', 12, '12 days left', 'quedan 12 días'],
    ['2027-01-08T20:00:00Z', 'open', 1, '1 day left', 'queda 1 día'],
    // 23:30 on the 8th in Los Angeles is already the 9th in UTC: still one day left.
    ['2027-01-09T07:30:00Z', 'open', 1, '1 day left', 'queda 1 día'],
    ['2027-01-09T08:00:00Z', 'due_today', 0, 'due today', 'vence hoy'],
    ['2027-01-10T07:59:59.999Z', 'due_today', 0, 'due today', 'vence hoy'],
    ['2027-01-10T08:00:00Z', 'overdue', 1, '1 day overdue', '1 día de retraso'],
    ['2027-01-13T01:00:00Z', 'overdue', 3, '3 days overdue', '3 días de retraso'],
  ] as const)('at %s: %s %d (%s / %s)', (now, state, days, en, es) => {
    expect(timeLeft(dueAt, new Date(now), LA)).toEqual({ state, days, text: en });
    expect(timeLeft(dueAt, new Date(now), LA, 'es')).toEqual({ state, days, text: es });
  });

  it('counts calendar days across a daylight-saving change', () => {
    // Due 2027-03-14 (spring forward); two days before at noon local.
    const due = responseDueDate('gdpr', new Date('2027-02-14T18:00:00Z'), LA);
    expect(timeLeft(due.dueAt, new Date('2027-03-12T20:00:00Z'), LA).text).toBe('2 days left');
    expect(timeLeft(due.dueAt, new Date('2027-03-15T07:30:00Z'), LA).text).toBe('1 day overdue');
  });
});

describe(describeTimeLeft.name, () => {
  it.each([
    [false, 'en', '12 days left'],
    [false, 'es', 'quedan 12 días'],
    [true, 'en', 'closed'],
    [true, 'es', 'cerrada'],
  ] as const)('closed %s in %s: %s', (closed, language, text) => {
    expect(describeTimeLeft(dueAt, new Date('2026-12-28T12:00:00Z'), LA, closed, language)).toBe(
      text,
    );
  });
});
