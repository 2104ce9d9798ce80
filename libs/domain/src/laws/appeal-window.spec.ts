import { appealOpenUntil } from './appeal-window';
import { privacyLaw } from './law-table';

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

  it('every law with an appeal clock records how long the person has to appeal, with its citation', () => {
    for (const regime of ['vcdpa', 'cpa', 'ctdpa', 'tdpsa', 'ocpa', 'modpa', 'mncdpa'] as const) {
      const law = privacyLaw(regime);
      expect(law.appealWindow).toEqual({ kind: 'reasonable', citation: law.appeal?.citation });
    }
  });
});
