import { say, wordsFor } from '../../i18n/console-words';
import {
  NO_LEAD_AUTHORITY,
  type EffectivePolicy,
  type PolicySection,
  type PolicySectionValues,
} from '@rightsdesk/live-config';
import {
  HOLIDAY_RULE_SET_NAMES,
  LEAD_AUTHORITY_COUNTRIES,
  NATIONAL_AUTHORITIES,
  REGIMES,
  SUBMITTABLE_TYPES,
  privacyLaw,
} from '@rightsdesk/domain';
import type { StaffPrincipal } from '@rightsdesk/staff';
import { consoleErrorSummary, type ConsoleFieldError } from '../../views/console-forms';
import { ConsoleFlash, SafeHtml, html, renderConsolePage } from '../../views/console-layout';
import {
  SectionContext,
  SectionFormValues,
  checkboxGroup,
  linesField,
  numberField,
  sectionForm,
  selectField,
  textField,
} from './settings-fields.partial';

export type { SectionFormValues };

export interface SettingsPageInput {
  policy: EffectivePolicy;
  defaults: PolicySectionValues;
  details: Record<string, { updatedBy: string; updatedAt: Date }>;
  /** Staff names for the `staff:<id>` who saved each section. */
  actorNames: Readonly<Record<string, string>>;
  flash?: ConsoleFlash;
  /** The section whose form was refused, what was entered, and the problems. */
  refused?: { section: PolicySection; entered: SectionFormValues; errors: ConsoleFieldError[] };
}

const TYPE_WORDS: Record<string, string> = wordsFor('settings.type.', SUBMITTABLE_TYPES);
const REGIME_WORDS: Record<string, string> = Object.fromEntries(
  REGIMES.map((regime) => [regime, privacyLaw(regime).label.en]),
);
const TIER_WORDS: Record<string, string> = wordsFor('settings.tier.', [
  'reasonable',
  'reasonably_high',
] as const);
const RULE_SET_WORDS: Record<string, string> = wordsFor('settings.ruleSet.', [
  'us_federal',
  'california',
] as const);
/** Each authority by its name, after the choice of none (each person's own country only). */
const LEAD_AUTHORITY_WORDS: Record<string, string> = {
  [NO_LEAD_AUTHORITY]: say('settings.laws.noLeadAuthority'),
  ...Object.fromEntries(
    LEAD_AUTHORITY_COUNTRIES.map((country) => [country, NATIONAL_AUTHORITIES[country].name.en]),
  ),
};
const PAPER_WORDS: Record<string, string> = wordsFor('settings.letterhead.paper.', [
  'letter',
  'a4',
] as const);

/** The verification section's number fields, then its proof-needed choices, in order. */
const VERIFICATION_NUMBERS = ['codeMinutes', 'maxAttempts', 'codesPerHour', 'expiryDays'] as const;
const VERIFICATION_TIERS = [
  'deleteSensitive',
  'deleteNotSensitive',
  'correctSensitive',
  'correctNotSensitive',
] as const;

/** Each section's form, its status (overridden by whom, or the defaults) and the defaults. */
export function settingsPage(staff: StaffPrincipal, input: SettingsPageInput): SafeHtml {
  const errors = input.refused?.errors ?? [];
  const formValues = (section: PolicySection): SectionFormValues =>
    input.refused?.section === section
      ? input.refused.entered
      : toForm(section, input.policy.values[section]);
  const sectionErrors = (section: PolicySection) =>
    input.refused?.section === section ? input.refused.errors : [];
  const context = (section: PolicySection): SectionContext => ({
    staff,
    section,
    values: formValues(section),
    defaults: toForm(section, input.defaults[section]),
    errors: sectionErrors(section),
    overridden: input.policy.overridden[section],
    detail: input.details[section],
    actorNames: input.actorNames,
  });
  const body = html`${consoleErrorSummary(errors)}
    <p class="lead">${say('settings.intro')}</p>
    ${autoApprovalSection(context('auto_approval'))} ${verificationSection(context('verification'))}
    ${holidaysSection(context('holidays'))} ${letterheadSection(context('letterhead'))}
    ${lawsSection(context('laws'))} ${notificationsSection(context('notifications'))}`;
  return renderConsolePage({
    title: say('settings.title'),
    staff,
    body,
    flash: input.flash,
    current: '/console/admin/policy',
    hasErrors: errors.length > 0,
  });
}

/** Form fields of a section, as strings: numbers as digits, lists one entry per line. */
export function toForm(
  section: PolicySection,
  value: PolicySectionValues[PolicySection],
): SectionFormValues {
  const form: SectionFormValues = {};
  for (const [key, item] of Object.entries(value)) {
    if (typeof item === 'boolean') {
      form[key] = item ? [CHECKED] : [];
    } else if (Array.isArray(item)) {
      form[key] = LINE_FIELDS.has(key) ? item.join('\n') : item.map(String);
    } else {
      form[key] = String(item);
    }
  }
  void section;
  return form;
}

/** The value a lone checkbox posts when ticked (a switch such as reviewWithdrawals). */
export const CHECKED = 'yes';

/** Lists entered one per line in a text area (the others are checkboxes). */
export const LINE_FIELDS = new Set(['extraDays', 'workingDays', 'postalAddress']);

function autoApprovalSection(context: SectionContext): SafeHtml {
  const defaults = [context.defaults.entries ?? []].flat();
  // A withdrawal has its own switch: it takes effect at once unless review is turned on.
  const reviewed = SUBMITTABLE_TYPES.filter((type) => type !== 'withdraw_consent');
  const groups = reviewed.map((type, index) =>
    checkboxGroup(
      context,
      'entries',
      TYPE_WORDS[type],
      [
        { value: type, label: say('settings.autoApproval.everyRegime') },
        ...REGIMES.map((regime) => ({
          value: `${type}:${regime}`,
          label: say('settings.autoApproval.onlyUnder', { regime: REGIME_WORDS[regime] }),
        })),
      ],
      defaults
        .filter((entry) => entry.split(':')[0] === type)
        .map(entryWords)
        .join(', '),
      { idName: `entries-${type}`, showsErrors: index === 0 },
    ),
  );
  const withdrawals = checkboxGroup(
    context,
    'reviewWithdrawals',
    TYPE_WORDS.withdraw_consent,
    [{ value: CHECKED, label: say('settings.autoApproval.reviewWithdrawals') }],
    say('settings.autoApproval.withdrawalsAtOnce'),
  );
  return sectionForm(
    context,
    say('settings.autoApproval.heading'),
    html`<p>${say('settings.autoApproval.intro')}</p>`,
    html`${groups} ${withdrawals}`,
  );
}

function entryWords(entry: string): string {
  const [type, regime] = entry.split(':');
  const typeWords = TYPE_WORDS[type] ?? type;
  return regime
    ? say('settings.autoApproval.entryUnder', {
        type: typeWords,
        regime: REGIME_WORDS[regime] ?? regime,
      })
    : say('settings.autoApproval.entryEverywhere', { type: typeWords });
}

function verificationSection(context: SectionContext): SafeHtml {
  return sectionForm(
    context,
    say('settings.verification.heading'),
    html`<p>${say('settings.verification.intro')}</p>`,
    html`${VERIFICATION_NUMBERS.map((name) => numberField(context, name, say(`settings.verification.${name}`)))}
    ${VERIFICATION_TIERS.map((name) => selectField(context, name, say(`settings.verification.${name}`), TIER_WORDS))}
    ${numberField(context, 'maxContradictions', say('settings.verification.maxContradictions'))}`,
  );
}

function holidaysSection(context: SectionContext): SafeHtml {
  const defaults = [context.defaults.ruleSets ?? []].flat();
  return sectionForm(
    context,
    say('settings.holidays.heading'),
    html`<p>${say('settings.holidays.intro')}</p>`,
    html`${checkboxGroup(
      context,
      'ruleSets',
      say('settings.holidays.ruleSets'),
      HOLIDAY_RULE_SET_NAMES.map((name) => ({ value: name, label: RULE_SET_WORDS[name] ?? name })),
      defaults.map((name) => RULE_SET_WORDS[name] ?? name).join(', '),
    )}
    ${linesField(context, 'extraDays', say('settings.holidays.extraDays'))}
    ${linesField(context, 'workingDays', say('settings.holidays.workingDays'))}`,
  );
}

function letterheadSection(context: SectionContext): SafeHtml {
  return sectionForm(
    context,
    say('settings.letterhead.heading'),
    html`<p>${say('settings.letterhead.intro')}</p>`,
    html`${textField(context, 'companyName', say('settings.letterhead.companyName'))}
    ${linesField(context, 'postalAddress', say('settings.letterhead.postalAddress'))}
    ${textField(context, 'contactEmail', say('settings.letterhead.contactEmail'), 'email')}
    ${selectField(context, 'paperSize', say('settings.letterhead.paperSize'), PAPER_WORDS)}`,
  );
}

function notificationsSection(context: SectionContext): SafeHtml {
  return sectionForm(
    context,
    say('settings.notifications.heading'),
    html`<p>${say('settings.notifications.intro')}</p>`,
    numberField(context, 'dueSoonDays', say('settings.notifications.dueSoonDays')),
  );
}

function lawsSection(context: SectionContext): SafeHtml {
  const defaults = [context.defaults.switchedOff ?? []].flat();
  const switchable = REGIMES.filter((regime) => regime !== 'company_policy');
  return sectionForm(
    context,
    say('settings.laws.heading'),
    html`<p>${say('settings.laws.intro')}</p>`,
    html`${checkboxGroup(
      context,
      'switchedOff',
      say('settings.laws.switchedOff'),
      switchable.map((regime) => ({ value: regime, label: REGIME_WORDS[regime] })),
      defaults.length
        ? defaults.map((regime) => REGIME_WORDS[regime] ?? regime).join(', ')
        : say('settings.laws.noneSwitchedOff'),
    )}
    ${selectField(context, 'leadAuthority', say('settings.laws.leadAuthority'), LEAD_AUTHORITY_WORDS)}
    ${numberField(context, 'appealDays', say('settings.laws.appealDays'))}
    ${checkboxGroup(
      context,
      'offerEveryRight',
      say('settings.laws.offerEveryRightHeading'),
      [{ value: CHECKED, label: say('settings.laws.offerEveryRight') }],
      say('settings.laws.offerEveryRightDefault'),
    )}`,
  );
}
