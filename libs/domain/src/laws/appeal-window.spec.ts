import { appealOpenUntil } from './appeal-window';
import { PRIVACY_LAW_LIST, privacyLaw } from './law-table';
import { REASONABLE_APPEAL_DAYS } from './privacy-law';

describe(appealOpenUntil.name, () => {
  const decided = new Date('2026-12-07T22:30:00Z'); // 23:30 in Madrid, 14:30 in Los Angeles

  it("a Marylander refused on 7 December may appeal until the end of the company's 60th day, on their own clock", () => {
    expect(
      appealOpenUntil(privacyLaw('modpa'), decided, 60, 'America/New_York')?.toISOString(),
    ).toBe('2027-02-06T04:59:59.999Z');
  });

  it('counts from the day of the decision where the person lives, not in UTC', () => {
    // Already 8 December in Tokyo when the decision was sent.
    expect(appealOpenUntil(privacyLaw('vcdpa'), decided, 30, 'Asia/Tokyo')?.toISOString()).toBe(
      '2027-01-07T14:59:59.999Z',
    );
  });

  it.each(['gdpr', 'uk_gdpr', 'ccpa', 'ucpa', 'company_policy'] as const)(
    'a person under %s has no appeal, so no time to appeal',
    (regime) => {
      expect(appealOpenUntil(privacyLaw(regime), decided, 60, 'Europe/Madrid')).toBeUndefined();
    },
  );

  it('a Marylander refused on 7 December, at a company that set no number of its own, has the 60 days the law table reads into "a reasonable period"', () => {
    expect(
      appealOpenUntil(privacyLaw('modpa'), decided, undefined, 'America/New_York')?.toISOString(),
    ).toBe('2027-02-06T04:59:59.999Z');
  });

  it("a company that gives 90 days to appeal keeps an Oregonian's form open 90 days", () => {
    expect(
      appealOpenUntil(privacyLaw('ocpa'), decided, 90, 'America/Los_Angeles')?.toISOString(),
    ).toBe('2027-03-08T07:59:59.999Z');
  });

  it('every law with an appeal clock records how long the person has to appeal, with its citation', () => {
    for (const law of PRIVACY_LAW_LIST.filter((each) => each.appeal)) {
      expect(law.appealWindow).toEqual({
        kind: 'reasonable',
        days: REASONABLE_APPEAL_DAYS,
        citation: expect.stringMatching(/\S/),
      });
    }
  });
});
