import { z } from 'zod';
import {
  DEFAULT_VERIFICATION_POLICY,
  HOLIDAY_RULE_SET_NAMES,
  HolidayCalendar,
  LEAD_AUTHORITY_COUNTRIES,
  REASONABLE_APPEAL_DAYS,
  REGIMES,
  SUBMITTABLE_TYPES,
  type DomainError,
  type VerificationPolicy,
} from '@rightsdesk/domain';

/**
 * The policy an admin may change without a restart, in six sections. A section without an
 * override takes its defaults from the environment (or, for verification tiers, from the
 * built-in policy counsel chose, DEFAULT_VERIFICATION_POLICY). Pure: no I/O.
 */
export const POLICY_SECTIONS = [
  'auto_approval',
  'verification',
  'holidays',
  'letterhead',
  'laws',
  'notifications',
] as const;
export type PolicySection = (typeof POLICY_SECTIONS)[number];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date such as 2026-12-24');
const tier = z.enum(['reasonable', 'reasonably_high'], {
  error: 'must be reasonable or reasonably_high',
});
const wholeNumber = (min: number, max: number) =>
  z
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);

/** Every law but the company's own policy, which is what a switched-off law falls back to. */
const SWITCHABLE_LAWS = REGIMES.filter((regime) => regime !== 'company_policy') as [
  Exclude<(typeof REGIMES)[number], 'company_policy'>,
  ...Exclude<(typeof REGIMES)[number], 'company_policy'>[],
];
/** No lead authority: a GDPR refusal names the person's own country's authority only. */
export const NO_LEAD_AUTHORITY = 'none';

/** "access" (every regime) or "access:gdpr" (one regime); regs 7022-7024 leave it to the company. */
export const autoApprovalEntry = z.string().refine(
  (entry) => {
    const [type, regime, ...rest] = entry.split(':');
    return (
      rest.length === 0 &&
      (SUBMITTABLE_TYPES as readonly string[]).includes(type) &&
      (regime === undefined || (REGIMES as readonly string[]).includes(regime))
    );
  },
  {
    error: `must be a request type (${SUBMITTABLE_TYPES.join(', ')}), optionally followed by ":" and a regime (${REGIMES.join(', ')})`,
  },
);

export const policySectionSchemas = {
  auto_approval: z.strictObject({
    entries: z
      .array(autoApprovalEntry)
      .max(SUBMITTABLE_TYPES.length * (REGIMES.length + 1))
      .transform((entries) => [...new Set(entries)].sort()),
    /**
     * Consent withdrawals wait for an officer only when an admin turns this on; a section saved
     * before the switch existed reads as off (GDPR Art. 7(3): withdrawing is as easy as consenting).
     */
    reviewWithdrawals: z.boolean({ error: 'must be true or false' }).default(false),
  }),
  verification: z.strictObject({
    codeMinutes: wholeNumber(1, 24 * 60),
    maxAttempts: wholeNumber(1, 20),
    codesPerHour: wholeNumber(1, 100),
    expiryDays: wholeNumber(1, 365),
    /** regs 7062: delete and correct are verified by the sensitivity of the data. */
    deleteSensitive: tier,
    deleteNotSensitive: tier,
    correctSensitive: tier,
    correctNotSensitive: tier,
    maxContradictions: wholeNumber(0, 3),
  }),
  holidays: z
    .strictObject({
      ruleSets: z.array(z.enum(HOLIDAY_RULE_SET_NAMES)).max(HOLIDAY_RULE_SET_NAMES.length),
      extraDays: z.array(isoDate).max(366),
      workingDays: z.array(isoDate).max(366),
    })
    .superRefine((value, context) => {
      // Catches dates that do not exist (2026-02-30) with the calendar's own rules.
      try {
        HolidayCalendar.from({
          ruleSets: value.ruleSets,
          extraHolidays: value.extraDays,
          workingDays: value.workingDays,
        });
      } catch (error) {
        for (const field of (error as DomainError).fields ?? []) {
          const [list, index] = field.path.replace(']', '').split('[');
          const key = list === 'extraHolidays' ? 'extraDays' : list;
          context.addIssue({ code: 'custom', path: [key, Number(index)], message: field.message });
        }
      }
    }),
  letterhead: z.strictObject({
    companyName: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(100, 'must be at most 100 characters'),
    postalAddress: z
      .array(
        z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
      )
      .min(2, 'must have at least two lines')
      .max(6, 'must have at most six lines'),
    contactEmail: z.email('must be an email address'),
    paperSize: z.enum(['letter', 'a4'], { error: 'must be letter or a4' }),
  }),
  laws: z.strictObject({
    /** Laws whose threshold the company does not meet: their residents get the company's policy. */
    switchedOff: z
      .array(z.enum(SWITCHABLE_LAWS, { error: 'must be a law of the table' }))
      .max(SWITCHABLE_LAWS.length)
      .transform((laws) => [...new Set(laws)].sort()),
    /**
     * The authority of the company's main establishment in the EU (GDPR Art. 56), named beside
     * the person's own; "none" names the person's own only.
     */
    leadAuthority: z.enum([NO_LEAD_AUTHORITY, ...LEAD_AUTHORITY_COUNTRIES], {
      error: `must be ${NO_LEAD_AUTHORITY} or one of ${LEAD_AUTHORITY_COUNTRIES.join(', ')}`,
    }),
    /**
     * Days a person has to appeal where their law says "a reasonable period" after the decision
     * (Va. Code 59.1-577(C) and the laws that copy it); the default where a saved section lacks it.
     */
    appealDays: wholeNumber(30, 365).default(REASONABLE_APPEAL_DAYS),
    /**
     * "Offer every right to everyone": honour a right the person's law does not give (Iowa has
     * no right to correct) under the company's policy. On by default: the company's privacy
     * policy invites everyone to "access, correct, amend or delete" their information.
     */
    offerEveryRight: z.boolean({ error: 'must be true or false' }).default(true),
  }),
  notifications: z.strictObject({
    /** Staff hear of open requests due within this many days (issue 14, part 5). */
    dueSoonDays: wholeNumber(1, 60),
  }),
} as const;

export type PolicySectionValues = {
  [section in PolicySection]: z.output<(typeof policySectionSchemas)[section]>;
};
export type PolicyOverrides = Partial<PolicySectionValues>;

/** What the environment says, before any override (AppConfig, reduced to what policy needs). */
export interface PolicyDefaultsSource {
  autoApprove: readonly string[];
  REVIEW_WITHDRAWALS: boolean;
  VERIFICATION_CODE_MINUTES: number;
  VERIFICATION_MAX_ATTEMPTS: number;
  VERIFICATION_CODES_PER_HOUR: number;
  VERIFICATION_EXPIRY_DAYS: number;
  holidayDefaults: {
    ruleSets: readonly string[];
    extraDays: readonly string[];
    workingDays: readonly string[];
  };
  COMPANY_NAME: string;
  COMPANY_POSTAL_ADDRESS: readonly string[];
  PRIVACY_CONTACT_EMAIL: string;
  LETTER_PAPER_SIZE: 'letter' | 'a4';
  LAWS_SWITCHED_OFF: readonly string[];
  GDPR_LEAD_AUTHORITY?: string;
  STAFF_DUE_SOON_DAYS: number;
}

/** Each section's values from the environment and the built-in verification policy. */
export function policyDefaults(config: PolicyDefaultsSource): PolicySectionValues {
  const policy = DEFAULT_VERIFICATION_POLICY;
  return {
    auto_approval: {
      entries: [...config.autoApprove].sort(),
      reviewWithdrawals: config.REVIEW_WITHDRAWALS,
    },
    verification: {
      codeMinutes: config.VERIFICATION_CODE_MINUTES,
      maxAttempts: config.VERIFICATION_MAX_ATTEMPTS,
      codesPerHour: config.VERIFICATION_CODES_PER_HOUR,
      expiryDays: config.VERIFICATION_EXPIRY_DAYS,
      deleteSensitive: policy.delete.sensitive,
      deleteNotSensitive: policy.delete.not_sensitive,
      correctSensitive: policy.correct.sensitive,
      correctNotSensitive: policy.correct.not_sensitive,
      maxContradictions: policy.maxContradictions,
    },
    holidays: {
      ruleSets: config.holidayDefaults.ruleSets as PolicySectionValues['holidays']['ruleSets'],
      extraDays: [...config.holidayDefaults.extraDays],
      workingDays: [...config.holidayDefaults.workingDays],
    },
    letterhead: {
      companyName: config.COMPANY_NAME,
      postalAddress: [...config.COMPANY_POSTAL_ADDRESS],
      contactEmail: config.PRIVACY_CONTACT_EMAIL,
      paperSize: config.LETTER_PAPER_SIZE,
    },
    laws: {
      switchedOff: [
        ...config.LAWS_SWITCHED_OFF,
      ].sort() as PolicySectionValues['laws']['switchedOff'],
      leadAuthority: config.GDPR_LEAD_AUTHORITY ?? NO_LEAD_AUTHORITY,
      appealDays: REASONABLE_APPEAL_DAYS,
      offerEveryRight: true,
    },
    notifications: { dueSoonDays: config.STAFF_DUE_SOON_DAYS },
  };
}

/** The policy in force: each section's override where an admin set one, else its default. */
export interface EffectivePolicy {
  values: PolicySectionValues;
  overridden: Readonly<Record<PolicySection, boolean>>;
  calendar: HolidayCalendar;
  verificationPolicy: VerificationPolicy;
}

export function effectivePolicy(
  defaults: PolicySectionValues,
  overrides: PolicyOverrides,
): EffectivePolicy {
  const values = { ...defaults, ...overrides } as PolicySectionValues;
  const { verification, holidays } = values;
  return {
    values,
    overridden: {
      auto_approval: overrides.auto_approval !== undefined,
      verification: overrides.verification !== undefined,
      holidays: overrides.holidays !== undefined,
      letterhead: overrides.letterhead !== undefined,
      laws: overrides.laws !== undefined,
      notifications: overrides.notifications !== undefined,
    },
    calendar: HolidayCalendar.from({
      ruleSets: holidays.ruleSets,
      extraHolidays: holidays.extraDays,
      workingDays: holidays.workingDays,
    }),
    verificationPolicy: {
      ...DEFAULT_VERIFICATION_POLICY,
      delete: {
        sensitive: verification.deleteSensitive,
        not_sensitive: verification.deleteNotSensitive,
      },
      correct: {
        sensitive: verification.correctSensitive,
        not_sensitive: verification.correctNotSensitive,
      },
      maxContradictions: verification.maxContradictions,
    },
  };
}
