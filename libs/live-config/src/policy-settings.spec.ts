import { effectivePolicy, policyDefaults, policySectionSchemas } from './policy-settings';

const environment = {
  autoApprove: ['access:gdpr', 'access'],
  REVIEW_WITHDRAWALS: false,
  VERIFICATION_CODE_MINUTES: 30,
  VERIFICATION_MAX_ATTEMPTS: 5,
  VERIFICATION_CODES_PER_HOUR: 5,
  VERIFICATION_EXPIRY_DAYS: 30,
  holidayDefaults: { ruleSets: ['us_federal'], extraDays: ['2026-12-24'], workingDays: [] },
  COMPANY_NAME: 'Example Shop',
  COMPANY_POSTAL_ADDRESS: ['6114 La Salle Ave Ste 133', 'Oakland CA 94611'],
  PRIVACY_CONTACT_EMAIL: 'privacy@example.com',
  LETTER_PAPER_SIZE: 'letter' as const,
  LAWS_SWITCHED_OFF: ['tipa', 'modpa'],
  STAFF_DUE_SOON_DAYS: 5,
};

describe(policyDefaults.name, () => {
  it('takes every section from the environment and the built-in verification tiers', () => {
    const defaults = policyDefaults(environment);
    expect(defaults.auto_approval).toEqual({
      entries: ['access', 'access:gdpr'],
      reviewWithdrawals: false,
    });
    expect(defaults.verification).toMatchObject({
      codeMinutes: 30,
      deleteSensitive: 'reasonably_high',
      deleteNotSensitive: 'reasonable',
      maxContradictions: 1,
    });
    expect(defaults.letterhead.postalAddress).toEqual(environment.COMPANY_POSTAL_ADDRESS);
    // LAWS_SWITCHED_OFF stays the default until an admin saves the laws section.
    expect(defaults.laws).toEqual({
      switchedOff: ['modpa', 'tipa'],
      leadAuthority: 'none',
      appealDays: 60,
      // The company's privacy policy invites everyone to access, correct or delete.
      offerEveryRight: true,
    });
  });
});

describe(effectivePolicy.name, () => {
  const defaults = policyDefaults(environment);

  it('uses the defaults where nothing is overridden', () => {
    const policy = effectivePolicy(defaults, {});
    expect(Object.values(policy.overridden)).toEqual([false, false, false, false, false, false]);
    expect(policy.calendar.holidayName({ year: 2026, month: 12, day: 24 })).toBeDefined();
  });

  it('replaces a section whole and builds the calendar and verification policy from it', () => {
    const policy = effectivePolicy(defaults, {
      holidays: { ruleSets: [], extraDays: ['2026-12-31'], workingDays: [] },
      verification: { ...defaults.verification, deleteSensitive: 'reasonable' },
    });
    expect(policy.overridden).toEqual({
      auto_approval: false,
      verification: true,
      holidays: true,
      letterhead: false,
      laws: false,
      notifications: false,
    });
    expect(policy.calendar.holidayName({ year: 2026, month: 12, day: 24 })).toBeUndefined();
    expect(policy.calendar.holidayName({ year: 2026, month: 12, day: 31 })).toBeDefined();
    expect(policy.verificationPolicy.delete).toEqual({
      sensitive: 'reasonable',
      not_sensitive: 'reasonable',
    });
  });
});

describe('policy section schemas', () => {
  it.each<[string, keyof typeof policySectionSchemas, unknown, string | null]>([
    ['a type for every regime', 'auto_approval', { entries: ['access'] }, null],
    ['a type for one regime', 'auto_approval', { entries: ['delete:gdpr'] }, null],
    ['an unknown regime', 'auto_approval', { entries: ['delete:mars'] }, 'entries.0'],
    ['appeals, which an officer decides', 'auto_approval', { entries: ['appeal'] }, 'entries.0'],
    [
      'a code that never works',
      'verification',
      { ...base('verification'), codeMinutes: 0 },
      'codeMinutes',
    ],
    [
      'a tier below the law',
      'verification',
      { ...base('verification'), deleteSensitive: 'none' },
      'deleteSensitive',
    ],
    [
      'a day that does not exist',
      'holidays',
      { ruleSets: [], extraDays: ['2026-02-30'], workingDays: [] },
      'extraDays.0',
    ],
    [
      'an unknown rule set',
      'holidays',
      { ruleSets: ['atlantis'], extraDays: [], workingDays: [] },
      'ruleSets.0',
    ],
    [
      'a one-line address',
      'letterhead',
      { ...base('letterhead'), postalAddress: ['Oakland'] },
      'postalAddress',
    ],
    ['a law switched off', 'laws', { switchedOff: ['ocpa'], leadAuthority: 'IE' }, null],
    [
      "the company's own policy switched off",
      'laws',
      { switchedOff: ['company_policy'], leadAuthority: 'none' },
      'switchedOff.0',
    ],
    [
      'a lead authority the table does not know',
      'laws',
      { switchedOff: [], leadAuthority: 'US' },
      'leadAuthority',
    ],
    ['an unknown key', 'letterhead', { ...base('letterhead'), logo: 'x.png' }, ''],
  ])('%s', (_name, section, input, problemPath) => {
    const result = policySectionSchemas[section].safeParse(input);
    if (problemPath === null) {
      expect(result.success).toBe(true);
    } else {
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(problemPath);
    }
  });
});

function base(section: 'verification' | 'letterhead') {
  return policyDefaults(environment)[section];
}
