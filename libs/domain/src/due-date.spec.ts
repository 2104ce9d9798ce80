import { responseDueDate } from './due-date';

const LA = 'America/Los_Angeles';

describe(responseDueDate.name, () => {
  it.each([
    // [regime, received (instant), due on (company calendar)]
    ['ccpa', '2026-11-25T17:00:00Z', '2027-01-09'],
    ['gdpr', '2026-11-25T17:00:00Z', '2026-12-25'],
    ['gdpr', '2027-01-31T20:00:00Z', '2027-02-28'], // 31 January + 1 month, common year
    ['gdpr', '2028-01-31T20:00:00Z', '2028-02-29'], // leap year
    ['gdpr', '2026-12-31T20:00:00Z', '2027-01-31'], // across the year end
    ['ccpa', '2026-12-20T20:00:00Z', '2027-02-03'],
    // 07:30 UTC on 1 March is still 28 February in Oakland: the clock starts on the local date.
    ['gdpr', '2027-03-01T07:30:00Z', '2027-03-28'],
  ] as const)('%s request received %s is due on %s', (regime, received, dueOn) => {
    expect(responseDueDate(regime, new Date(received), LA).dueOn).toBe(dueOn);
  });

  it('ends at the last millisecond of the due day in the company time zone', () => {
    const due = responseDueDate('ccpa', new Date('2026-11-25T17:00:00Z'), LA);
    // 9 January 2027 is in PST (UTC-8): the day ends at 08:00 UTC on 10 January.
    expect(due.dueAt.toISOString()).toBe('2027-01-10T07:59:59.999Z');
  });

  it('handles the spring daylight-saving change on the due day', () => {
    // 2027-03-14 is the US spring-forward day; due day end is then in PDT (UTC-7).
    const due = responseDueDate('gdpr', new Date('2027-02-14T18:00:00Z'), LA);
    expect(due.dueOn).toBe('2027-03-14');
    expect(due.dueAt.toISOString()).toBe('2027-03-15T06:59:59.999Z');
  });

  it('explains itself in words with the rule it applies', () => {
    const due = responseDueDate('ccpa', new Date('2026-11-25T17:00:00Z'), LA);
    expect(due.explanation).toBe(
      'due 2027-01-09: 45 days from receipt on 2026-11-25 (CCPA regs 7021(b))',
    );
    expect(due.rule).toBe('ccpa.respond');
  });
});
