import { REGIMES } from './request-kinds';
import { dueDatesFor } from './request-due-dates';
import { HolidayCalendar } from './holiday-calendar';

const receivedAt = new Date('2026-11-25T17:00:00Z');

describe(dueDatesFor.name, () => {
  it.each([
    // [type, regime, respond rule, due on, acknowledge by]
    ['access', 'ccpa', 'ccpa.respond', '2027-01-09', '2026-12-11'],
    ['delete', 'ccpa', 'ccpa.respond', '2027-01-09', '2026-12-11'],
    ['correct', 'ccpa', 'ccpa.respond', '2027-01-09', '2026-12-11'],
    ['withdraw_consent', 'ccpa', 'ccpa.respond', '2027-01-09', undefined],
    ['opt_out_sale_sharing', 'ccpa', 'ccpa.opt_out', '2026-12-18', undefined],
    ['limit_sensitive_use', 'ccpa', 'ccpa.opt_out', '2026-12-18', undefined],
    ['access', 'gdpr', 'gdpr.respond', '2026-12-25', undefined],
    ['restrict', 'gdpr', 'gdpr.respond', '2026-12-25', undefined],
    ['object', 'gdpr', 'gdpr.respond', '2026-12-25', undefined],
    ['delete', 'vcdpa', 'vcdpa.respond', '2027-01-09', undefined],
    ['opt_out_sale_sharing', 'vcdpa', 'vcdpa.respond', '2027-01-09', undefined],
    ['opt_out_sale_sharing', 'cpa', 'cpa.respond', '2027-01-09', undefined],
    ['appeal', 'vcdpa', 'vcdpa.appeal', '2027-01-24', undefined],
    ['appeal', 'ctdpa', 'ctdpa.appeal', '2027-01-24', undefined],
    ['appeal', 'tdpsa', 'tdpsa.appeal', '2027-01-24', undefined],
    ['appeal', 'cpa', 'cpa.appeal', '2027-01-09', undefined],
  ] as const)('%s under %s: %s due %s, acknowledge by %s', (type, regime, rule, dueOn, ackOn) => {
    const due = dueDatesFor({ type, regime, receivedAt });
    expect(due.respond.rule).toBe(rule);
    expect(due.respond.dueOn).toBe(dueOn);
    expect(due.acknowledge?.dueOn).toBe(ackOn);
  });

  it.each(['ccpa', 'gdpr'] as const)(
    'refuses an appeal under %s, which has no appeal clock',
    (regime) => {
      expect(() => dueDatesFor({ type: 'appeal', regime, receivedAt })).toThrow(
        expect.objectContaining({ code: 'invalid_input' }),
      );
    },
  );

  it('uses the configured zone and calendar', () => {
    const due = dueDatesFor(
      { type: 'access', regime: 'ccpa', receivedAt: new Date('2026-11-26T03:00:00Z') },
      {
        timeZone: 'America/New_York',
        calendar: HolidayCalendar.from({ ruleSets: ['us_federal'] }),
      },
    );
    expect(due.respond.basis.receivedOn).toBe('2026-11-25');
    expect(due.acknowledge?.dueOn).toBe('2026-12-10');
    expect(due.respond.dueAt.toISOString()).toBe('2027-01-10T04:59:59.999Z');
  });

  it.each(REGIMES)('gives every %s request a response deadline', (regime) => {
    expect(dueDatesFor({ type: 'delete', regime, receivedAt }).respond.dueAt).toBeInstanceOf(Date);
  });
});
