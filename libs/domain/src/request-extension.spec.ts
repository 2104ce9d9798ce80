import { InvalidTransitionError } from './domain-error';
import { appealDueDate, acknowledgementDueDate, responseDueDate } from './due-date';
import { explainDueDate } from './deadline-explanation';
import { canExtend, extendDueDate } from './request-extension';
import { statusInWords } from './status-words';

const LA = 'America/Los_Angeles';
const RECEIVED = new Date('2026-11-25T17:00:00Z');
const NOTICE = new Date('2026-12-20T18:00:00Z');

describe(extendDueDate.name, () => {
  it.each([
    // [regime, received, original due, extended to, words]
    ['ccpa', '2026-11-25T17:00:00Z', '2027-01-09', '2027-02-23', '45 more days'],
    ['vcdpa', '2026-11-25T17:00:00Z', '2027-01-09', '2027-02-23', '45 more days'],
    ['cpa', '2026-11-25T17:00:00Z', '2027-01-09', '2027-02-23', '45 more days'],
    ['ctdpa', '2026-11-25T17:00:00Z', '2027-01-09', '2027-02-23', '45 more days'],
    ['tdpsa', '2026-11-25T17:00:00Z', '2027-01-09', '2027-02-23', '45 more days'],
    ['gdpr', '2026-11-25T17:00:00Z', '2026-12-25', '2027-02-25', '2 more months'],
    // From the original due date: 31 Jan -> 28 Feb -> 28 April (not 30 April, receipt + 3).
    ['gdpr', '2027-01-31T20:00:00Z', '2027-02-28', '2027-04-28', '2 more months'],
    ['gdpr', '2027-10-31T20:00:00Z', '2027-11-30', '2028-01-30', '2 more months'],
    // Across a leap February: 29 Dec 2027 -> 29 Jan 2028 -> 29 March 2028.
    ['gdpr', '2027-12-29T20:00:00Z', '2028-01-29', '2028-03-29', '2 more months'],
  ] as const)('%s received %s, due %s: extended to %s', (regime, received, dueOn, to, words) => {
    const due = responseDueDate(regime, new Date(received), LA);
    expect(due.dueOn).toBe(dueOn);
    const noticeGivenAt = new Date(due.dueAt.getTime() - 86_400_000);
    const extended = extendDueDate(
      { status: 'awaiting_review', due },
      { reason: 'many systems to search', noticeGivenAt },
      LA,
    );
    expect(extended.dueOn).toBe(to);
    expect(extended.rule).toBe(`${regime}.respond.extended`);
    expect(extended.explanation).toMatch(new RegExp(`^extended to ${to}: ${words}, notice given`));
    expect(extended.basis.extension).toEqual({
      originalDueOn: dueOn,
      noticeOn: expect.any(String),
      reason: 'many systems to search',
    });
  });

  it('explains a CCPA extension with its notice and citation', () => {
    const extended = extendDueDate(
      { status: 'in_progress', due: responseDueDate('ccpa', RECEIVED, LA) },
      { reason: 'records held by three processors', noticeGivenAt: NOTICE },
      LA,
    );
    expect(extended.explanation).toBe(
      'extended to 2027-02-23: 45 more days, notice given 2026-12-20 (Civ. Code 1798.130(a)(2))',
    );
    expect(extended.dueAt.toISOString()).toBe('2027-02-24T07:59:59.999Z');
    expect(explainDueDate(extended, 'es')).toBe(
      'prorrogado hasta el 2027-02-23: 45 días más, aviso dado el 2026-12-20 (Civ. Code 1798.130(a)(2))',
    );
  });

  it('extends a Colorado appeal by 60 days, and no other state appeal', () => {
    const cpa = appealDueDate('cpa', RECEIVED, LA);
    const extended = extendDueDate(
      { status: 'awaiting_review', due: cpa },
      { reason: 'complex appeal', noticeGivenAt: NOTICE },
      LA,
    );
    expect(extended.explanation).toBe(
      'extended to 2027-03-10: 60 more days, notice given 2026-12-20 (C.R.S. 6-1-1306(3))',
    );
    expect(() =>
      extendDueDate(
        { status: 'awaiting_review', due: appealDueDate('vcdpa', RECEIVED, LA) },
        { reason: 'complex appeal', noticeGivenAt: NOTICE },
        LA,
      ),
    ).toThrow('cannot extend the vcdpa.appeal deadline: the law allows no extension of it');
  });

  it('extends only once', () => {
    const due = responseDueDate('ccpa', RECEIVED, LA);
    const once = extendDueDate(
      { status: 'awaiting_review', due },
      { reason: 'volume', noticeGivenAt: NOTICE },
      LA,
    );
    const again = () =>
      extendDueDate(
        { status: 'awaiting_review', due: once },
        { reason: 'x', noticeGivenAt: NOTICE },
        LA,
      );
    expect(again).toThrow(InvalidTransitionError);
    expect(again).toThrow('cannot extend a request twice: the law allows one extension');
    expect(() =>
      extendDueDate(
        { status: 'awaiting_review', due, extended: true },
        { reason: 'x', noticeGivenAt: NOTICE },
        LA,
      ),
    ).toThrow('cannot extend a request twice');
  });

  it('refuses notice given after the original due date, and accepts it on the last minute', () => {
    const due = responseDueDate('ccpa', RECEIVED, LA); // ends 2027-01-10T07:59:59.999Z
    const request = { status: 'awaiting_review' as const, due };
    const late = () =>
      extendDueDate(
        request,
        { reason: 'volume', noticeGivenAt: new Date('2027-01-10T08:00:00Z') },
        LA,
      );
    expect(late).toThrow(
      'cannot extend after the due date 2027-01-09: notice of an extension is given by then',
    );
    expect(late).toThrow(expect.objectContaining({ code: 'invalid_state' }));
    const lastMinute = extendDueDate(
      request,
      { reason: 'volume', noticeGivenAt: new Date('2027-01-10T07:59:00Z') },
      LA,
    );
    expect(lastMinute.explanation).toContain('notice given 2027-01-09');
  });

  it.each(['completed', 'denied', 'cancelled', 'expired'] as const)(
    'refuses to extend a %s request',
    (status) => {
      expect(() =>
        extendDueDate(
          { status, due: responseDueDate('gdpr', RECEIVED, LA) },
          { reason: 'volume', noticeGivenAt: NOTICE },
          LA,
        ),
      ).toThrow(`cannot extend a request that is ${statusInWords(status)}`);
    },
  );

  it('refuses to extend an acknowledgement deadline', () => {
    const check = canExtend(
      { status: 'received', due: acknowledgementDueDate(RECEIVED, LA) },
      NOTICE,
    );
    expect(check).toEqual({
      allowed: false,
      reason: 'cannot extend the ccpa.acknowledge deadline: the law allows no extension of it',
    });
  });

  it.each(['', '  '])('wants a reason (%p)', (reason) => {
    expect(() =>
      extendDueDate(
        { status: 'awaiting_review', due: responseDueDate('ccpa', RECEIVED, LA) },
        { reason, noticeGivenAt: NOTICE },
        LA,
      ),
    ).toThrow(
      expect.objectContaining({
        code: 'invalid_input',
        fields: [expect.objectContaining({ path: 'reason' })],
      }),
    );
  });
});

describe(canExtend.name, () => {
  it.each([
    'received',
    'pending_verification',
    'verified',
    'awaiting_review',
    'needs_info',
    'approved',
    'in_progress',
    'failed',
  ] as const)('allows a %s request one extension before its due date', (status) => {
    expect(canExtend({ status, due: responseDueDate('ccpa', RECEIVED, LA) }, NOTICE)).toEqual({
      allowed: true,
    });
  });
});
