import { addDays, parseCalendarDate } from '../calendar-date';
import { appealDueDate, hasAppealClock, responseDueDate } from '../due-date';
import { regimeFor } from '../regime';
import { authoritiesFor, givesRight, lawFor } from './law-for';
import { privacyLaw } from './law-table';

const on = parseCalendarDate;
const LA = 'America/Los_Angeles';

describe('the law a person is answered under', () => {
  it('a Maryland resident whose request arrives on 2025-10-02 is under the MODPA, with its 60-day appeal', () => {
    const law = lawFor({ country: 'US', region: 'MD' }, on('2025-10-02'));
    expect(law.id).toBe('modpa');
    expect(law.label.en).toBe('Maryland MODPA');
    expect(hasAppealClock(law.id)).toBe(true);
    expect(appealDueDate(law.id, new Date('2025-10-02T17:00:00Z'), LA).dueOn).toBe('2025-12-01');
    expect(law.authorities[0].name.en).toBe(
      'the Maryland Attorney General (Consumer Protection Division)',
    );
    expect(law.authorities[0].name.es).toContain('Fiscal General de Maryland');
  });

  it("a Maryland resident whose request arrives on 2025-09-30 is under the company's policy, not the CCPA", () => {
    const law = lawFor({ country: 'US', region: 'MD' }, on('2025-09-30'));
    expect(law.id).toBe('company_policy');
    expect(law.authorities).toEqual([]);
    expect(hasAppealClock(law.id)).toBe(false);
  });

  it.each([
    ['CT', 'https://portal.ct.gov/ag/sections/consumer-advocacy/consumer-advocacy'],
    ['TX', 'https://texasattorneygeneral.gov/cpd/the-consumer-complaint-process'],
    ['NH', 'https://www.doj.nh.gov/data-privacy-enforcement'],
    ['TN', 'https://www.tn.gov/attorneygeneral/working-for-tennessee/consumer-affairs.html'],
    ['MN', 'https://www.ag.state.mn.us/Data-Privacy/Consumer'],
    ['RI', 'https://riag.ri.gov/ConsumerProtection/About.php'],
    [
      'DE',
      'https://attorneygeneral.delaware.gov/fraud/personal-data-privacy-portal/frequently-asked-questions',
    ],
  ])(
    'a resident of US-%s refused on 2026-03-02 is sent to %s, the page where their Attorney General says it takes complaints',
    (region, page) => {
      const residence = { country: 'US', region };
      const [authority] = authoritiesFor(lawFor(residence, on('2026-03-02')), residence);
      expect(authority.complaintUrl).toBe(page);
    },
  );

  it('a UK resident is under the UK GDPR with the ICO, not the EU GDPR', () => {
    const law = lawFor({ country: 'GB' }, on('2026-12-07'));
    expect(law.id).toBe('uk_gdpr');
    expect(law.label).toEqual({ en: 'UK GDPR', es: 'RGPD del Reino Unido' });
    expect(law.authorities.map((a) => a.complaintUrl)).toEqual([
      'https://ico.org.uk/make-a-complaint/',
    ]);
    expect(responseDueDate(law.id, new Date('2026-12-07T17:00:00Z'), LA).dueOn).toBe('2027-01-07');
  });

  it("a Japanese resident is under the company's policy and recorded so", () => {
    expect(lawFor({ country: 'JP' }, on('2026-12-07')).id).toBe('company_policy');
    expect(regimeFor({ country: 'JP' }, 'ccpa')).toBe('company_policy');
  });

  it('a Swiss resident is not under the EU GDPR: Switzerland is not modelled, so company policy', () => {
    expect(lawFor({ country: 'CH' }, on('2026-12-07')).id).toBe('company_policy');
  });

  it('a Spanish resident is under the GDPR (RGPD in Spanish) and is pointed to the AEPD', () => {
    const law = lawFor({ country: 'ES' }, on('2026-12-07'));
    expect(law.id).toBe('gdpr');
    expect(law.label.es).toBe('RGPD');
    const [authority] = authoritiesFor(law, { country: 'ES' });
    expect(authority.website).toBe('www.aepd.es');
    expect(authority.name.es).toBe('la Agencia Española de Protección de Datos (AEPD)');
  });

  it("a German resident is pointed to their own country's authority, plus the company's lead authority where set", () => {
    const law = lawFor({ country: 'DE' }, on('2026-12-07'));
    expect(authoritiesFor(law, { country: 'DE' }).map((a) => a.name.en)).toEqual([
      'the data protection authority of the country where you live or work',
    ]);
    expect(
      authoritiesFor(law, { country: 'DE' }, { leadAuthorityCountry: 'IE' }).map((a) => a.website),
    ).toEqual(['www.edpb.europa.eu/about-edpb/about-edpb/members_en', 'www.dataprotection.ie']);
  });

  it.each([
    ['OR', '2024-06-30', 'company_policy'],
    ['OR', '2024-07-01', 'ocpa'],
    ['MN', '2025-07-30', 'company_policy'],
    ['MN', '2025-07-31', 'mncdpa'],
    ['NJ', '2025-01-14', 'company_policy'],
    ['NJ', '2025-01-15', 'njdpa'],
    ['UT', '2023-12-30', 'company_policy'],
    ['UT', '2023-12-31', 'ucpa'],
    ['IN', '2025-12-31', 'company_policy'],
    ['IN', '2026-01-01', 'incdpa'],
    ['KY', '2026-01-01', 'kcdpa'],
    ['RI', '2026-01-01', 'ridtppa'],
    ['TN', '2025-07-01', 'tipa'],
    ['IA', '2025-01-01', 'icdpa'],
    ['DE', '2025-01-01', 'dpdpa'],
    ['NE', '2025-01-01', 'ndpa'],
    ['NH', '2025-01-01', 'nhpa'],
    ['MT', '2024-10-01', 'mtcdpa'],
    ['CA', '2026-12-07', 'ccpa'],
    ['NY', '2026-12-07', 'company_policy'],
  ])('a resident of %s whose request arrives on %s is under %s', (state, day, regime) => {
    expect(lawFor({ country: 'us', region: state.toLowerCase() }, on(day)).id).toBe(regime);
  });

  // Each law's effective date as its statute (or session law) sets it.
  const inForce = [
    ['CA', 'ccpa', '2020-01-01'],
    ['VA', 'vcdpa', '2023-01-01'],
    ['CO', 'cpa', '2023-07-01'],
    ['CT', 'ctdpa', '2023-07-01'],
    ['UT', 'ucpa', '2023-12-31'],
    ['TX', 'tdpsa', '2024-07-01'],
    ['OR', 'ocpa', '2024-07-01'],
    ['MT', 'mtcdpa', '2024-10-01'],
    ['IA', 'icdpa', '2025-01-01'],
    ['DE', 'dpdpa', '2025-01-01'],
    ['NE', 'ndpa', '2025-01-01'],
    ['NH', 'nhpa', '2025-01-01'],
    ['NJ', 'njdpa', '2025-01-15'],
    ['TN', 'tipa', '2025-07-01'],
    ['MN', 'mncdpa', '2025-07-31'],
    ['MD', 'modpa', '2025-10-01'],
    ['IN', 'incdpa', '2026-01-01'],
    ['KY', 'kcdpa', '2026-01-01'],
    ['RI', 'ridtppa', '2026-01-01'],
  ] as const;

  it.each(inForce)(
    'a resident of %s whose request arrives the day before %s takes effect on %s is answered under the company policy, and from that day under it',
    (state, regime, from) => {
      const residence = { country: 'US', region: state };
      expect(privacyLaw(regime).inForceFrom).toBe(from);
      expect(lawFor(residence, addDays(on(from), -1)).id).toBe('company_policy');
      expect(lawFor(residence, on(from)).id).toBe(regime);
    },
  );

  it('an Indiana, Kentucky or Rhode Island resident who asked on 31 December 2025 gets no appeal and no state authority: their law starts on 1 January 2026', () => {
    for (const state of ['IN', 'KY', 'RI']) {
      const law = lawFor({ country: 'US', region: state }, on('2025-12-31'));
      expect(law.id).toBe('company_policy');
      expect(law.appealWindow).toBeUndefined();
      expect(hasAppealClock(law.id)).toBe(false);
    }
  });

  it("an Oregon resident is answered under the company's policy when the admin switched the OCPA off (threshold not met)", () => {
    const settings = { switchedOff: ['ocpa'] as const };
    expect(lawFor({ country: 'US', region: 'OR' }, on('2026-12-07'), settings).id).toBe(
      'company_policy',
    );
    expect(lawFor({ country: 'US', region: 'CA' }, on('2026-12-07'), settings).id).toBe('ccpa');
  });

  it("a person answered under the company's policy may still complain where they live: an Oregon resident when the OCPA is switched off, no one for a Japanese resident", () => {
    const settings = { switchedOff: ['ocpa'] as const };
    const oregon = { country: 'US', region: 'OR' };
    const policy = lawFor(oregon, on('2026-12-07'), settings);
    expect(authoritiesFor(policy, oregon).map((a) => a.website)).toEqual([
      'www.doj.state.or.us/consumer-protection/',
    ]);
    expect(authoritiesFor(policy, { country: 'JP' })).toEqual([]);
    expect(authoritiesFor(policy, undefined)).toEqual([]);
  });

  it('a person who gives no residence gets the configured default, else the company policy', () => {
    expect(lawFor(undefined, on('2026-12-07'), { whenResidenceUnknown: 'ccpa' }).id).toBe('ccpa');
    expect(lawFor(undefined, on('2026-12-07')).id).toBe('company_policy');
    expect(regimeFor(undefined, 'gdpr')).toBe('gdpr');
  });
});

describe(givesRight.name, () => {
  it.each([
    ['an Iowa resident', 'icdpa', 'correct', '2026-03-01', false],
    ['an Iowa resident', 'icdpa', 'delete', '2026-03-01', true],
    ['a Utah resident, the day before correction came in', 'ucpa', 'correct', '2026-06-30', false],
    ['a Utah resident, the day correction came in', 'ucpa', 'correct', '2026-07-01', true],
    ['a Californian', 'ccpa', 'correct', '2026-03-01', true],
    ['a person under the company’s policy', 'company_policy', 'correct', '2026-03-01', true],
    ['an Iowa resident appealing', 'icdpa', 'appeal', '2026-03-01', true],
  ] as const)('%s (%s) asking to %s on %s: %s', (_, regime, type, day, given) => {
    expect(givesRight(privacyLaw(regime), type, on(day))).toBe(given);
  });
});
