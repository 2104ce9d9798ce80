import { appealAuthorityFor } from './appeal-authority';

describe('whom a person whose appeal is refused may complain to', () => {
  it('a Marylander is told the Maryland Attorney General and where to file, not the California agency', () => {
    expect(appealAuthorityFor('modpa')).toBe(
      'the Maryland Attorney General (Consumer Protection Division), at https://www.marylandattorneygeneral.gov/Pages/CPD/complaint.aspx',
    );
  });

  it('in Spanish, an Oregon resident is told the Oregon Department of Justice', () => {
    expect(appealAuthorityFor('ocpa', 'es')).toBe(
      'el Departamento de Justicia de Oregón (Fiscal General), en https://justice.oregon.gov/consumercomplaints/',
    );
  });

  it('a Virginian is still told the Virginia Attorney General', () => {
    expect(appealAuthorityFor('vcdpa')).toContain('the Virginia Attorney General, at https://');
  });

  it.each(['ccpa', 'gdpr', 'uk_gdpr', 'ucpa', 'company_policy'] as const)(
    'names no appeal authority under %s, which has no appeal',
    (regime) => {
      expect(appealAuthorityFor(regime)).toBeUndefined();
    },
  );
});
