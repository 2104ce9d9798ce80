import {
  DEFAULT_TIME_ZONE,
  acknowledgementDueDate,
  appealDueDate,
  hasAppealClock,
  optOutDueDate,
  responseDueDate,
} from './due-date';
import { HolidayCalendar } from './holiday-calendar';

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

describe(`${responseDueDate.name} per regime`, () => {
  it.each([
    ['gdpr', '2026-12-25', 'one calendar month', 'GDPR Art. 12(3)'],
    ['ccpa', '2027-01-09', '45 days', 'CCPA regs 7021(b)'],
    ['vcdpa', '2027-01-09', '45 days', 'Va. Code 59.1-577(B)(1)'],
    ['cpa', '2027-01-09', '45 days', 'C.R.S. 6-1-1306(2)'],
    ['ctdpa', '2027-01-09', '45 days', 'Conn. Gen. Stat. 42-518(c)(1)'],
    ['tdpsa', '2027-01-09', '45 days', 'Tex. Bus. & Com. Code 541.052(b)'],
  ] as const)('%s: due %s (%s, %s)', (regime, dueOn, period, citation) => {
    const due = responseDueDate(regime, new Date('2026-11-25T17:00:00Z'), LA);
    expect(due.explanation).toBe(
      `due ${dueOn}: ${period} from receipt on 2026-11-25 (${citation})`,
    );
    expect(due.rule).toBe(`${regime}.respond`);
  });

  it.each([
    // [regime, received (instant), due on, due at (instant)]
    // Received 23:30 PST on 13 March 2027, the night before clocks spring forward: still the 13th.
    ['ccpa', '2027-03-14T07:30:00Z', '2027-04-27', '2027-04-28T06:59:59.999Z'],
    ['gdpr', '2027-03-14T07:30:00Z', '2027-04-13', '2027-04-14T06:59:59.999Z'],
    // Received 23:30 PDT on 31 October 2026, the night before clocks fall back: still the 31st.
    ['gdpr', '2026-11-01T06:30:00Z', '2026-11-30', '2026-12-01T07:59:59.999Z'],
    ['ccpa', '2026-11-01T06:30:00Z', '2026-12-15', '2026-12-16T07:59:59.999Z'],
    // Due on the fall-back day itself (1 November 2026 has 25 hours): ends at 08:00 UTC.
    ['gdpr', '2026-10-01T18:00:00Z', '2026-11-01', '2026-11-02T07:59:59.999Z'],
    // Due on the spring-forward day 8 March 2026 (23 hours): ends at 07:00 UTC.
    ['ccpa', '2026-01-22T18:00:00Z', '2026-03-08', '2026-03-09T06:59:59.999Z'],
    // 29 February 2028 in a leap year, and from it.
    ['ccpa', '2028-01-15T18:00:00Z', '2028-02-29', '2028-03-01T07:59:59.999Z'],
    ['gdpr', '2028-02-29T18:00:00Z', '2028-03-29', '2028-03-30T06:59:59.999Z'],
    ['gdpr', '2027-12-31T18:00:00Z', '2028-01-31', '2028-02-01T07:59:59.999Z'],
    ['gdpr', '2028-03-31T18:00:00Z', '2028-04-30', '2028-05-01T06:59:59.999Z'],
  ] as const)('%s received %s: due %s, ending %s', (regime, received, dueOn, dueAt) => {
    const due = responseDueDate(regime, new Date(received), LA);
    expect(due.dueOn).toBe(dueOn);
    expect(due.dueAt.toISOString()).toBe(dueAt);
  });

  it('counts from the receipt date in the company zone, not in UTC', () => {
    // 06:00 UTC on 2 January is 1 January in Los Angeles and 2 January in Berlin.
    const received = new Date('2027-01-02T06:00:00Z');
    expect(responseDueDate('gdpr', received, LA).dueOn).toBe('2027-02-01');
    expect(responseDueDate('gdpr', received, 'Europe/Berlin').dueOn).toBe('2027-02-02');
  });

  it('defaults to the company zone of an Oakland company', () => {
    expect(DEFAULT_TIME_ZONE).toBe(LA);
    expect(responseDueDate('gdpr', new Date('2027-03-01T07:30:00Z')).dueOn).toBe('2027-03-28');
  });
});

describe(acknowledgementDueDate.name, () => {
  it.each([
    // Thanksgiving (26th) and the California day after (27th) are not business days.
    ['2026-11-25T17:00:00Z', '2026-12-11'],
    // Christmas (Fri 25 Dec) and New Year (Fri 1 Jan) fall inside the ten days.
    ['2026-12-18T17:00:00Z', '2027-01-05'],
    // 2027: Christmas (Sat) observed Fri 24 Dec; 1 January 2028 (Sat) observed Fri 31 Dec 2027.
    ['2027-12-20T17:00:00Z', '2028-01-05'],
    // Received on a Saturday: the count starts on Monday.
    ['2027-01-09T20:00:00Z', '2027-01-25'], // MLK Day 18 January skipped
    // Received 23:30 PST the night before the spring change: counts from Saturday 13 March.
    ['2027-03-14T07:30:00Z', '2027-03-26'],
  ])('received %s: acknowledge by %s', (received, dueOn) => {
    const due = acknowledgementDueDate(new Date(received), LA);
    expect(due.dueOn).toBe(dueOn);
    expect(due.rule).toBe('ccpa.acknowledge');
  });

  it('explains itself', () => {
    expect(acknowledgementDueDate(new Date('2026-11-25T17:00:00Z'), LA).explanation).toBe(
      'acknowledge by 2026-12-11: 10 business days from receipt on 2026-11-25 (CCPA regs 7021(a))',
    );
  });

  it('follows the company calendar', () => {
    const federalOnly = HolidayCalendar.from({ ruleSets: ['us_federal'] });
    const received = new Date('2026-11-25T17:00:00Z');
    expect(acknowledgementDueDate(received, LA, federalOnly).dueOn).toBe('2026-12-10');
    const withEve = HolidayCalendar.from({ extraHolidays: ['2026-12-24'] });
    expect(acknowledgementDueDate(new Date('2026-12-18T17:00:00Z'), LA, withEve).dueOn).toBe(
      '2027-01-06',
    );
  });
});

describe(optOutDueDate.name, () => {
  it.each([
    ['opt_out_sale_sharing', '2026-11-25T17:00:00Z', '2026-12-18', 'CCPA regs 7026(f)'],
    ['limit_sensitive_use', '2026-11-25T17:00:00Z', '2026-12-18', 'CCPA regs 7027'],
    ['opt_out_sale_sharing', '2026-12-18T17:00:00Z', '2027-01-12', 'CCPA regs 7026(f)'],
  ] as const)('%s received %s takes effect by %s', (type, received, dueOn, citation) => {
    const due = optOutDueDate(type, new Date(received), LA);
    expect(due.dueOn).toBe(dueOn);
    expect(due.explanation).toContain(`15 business days from receipt on`);
    expect(due.explanation).toContain(`(${citation})`);
    expect(due.rule).toBe('ccpa.opt_out');
  });
});

describe(appealDueDate.name, () => {
  it.each([
    ['vcdpa', '2027-01-24', '60 days', 'Va. Code 59.1-577(C)'],
    ['ctdpa', '2027-01-24', '60 days', 'Conn. Gen. Stat. 42-518(d)'],
    ['tdpsa', '2027-01-24', '60 days', 'Tex. Bus. & Com. Code 541.053'],
    ['cpa', '2027-01-09', '45 days', 'C.R.S. 6-1-1306(3)'],
  ] as const)(
    '%s: an appeal received 2026-11-25 is decided by %s',
    (regime, dueOn, period, cite) => {
      const due = appealDueDate(regime, new Date('2026-11-25T17:00:00Z'), LA);
      expect(due.explanation).toBe(
        `due ${dueOn}: ${period} from receipt of the appeal on 2026-11-25 (${cite})`,
      );
      expect(due.rule).toBe(`${regime}.appeal`);
      expect(hasAppealClock(regime)).toBe(true);
    },
  );

  it.each(['ccpa', 'gdpr'] as const)('%s has no appeal clock', (regime) => {
    expect(hasAppealClock(regime)).toBe(false);
    expect(() => appealDueDate(regime, new Date('2026-11-25T17:00:00Z'), LA)).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
  });
});
