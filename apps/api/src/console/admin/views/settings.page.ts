import type { EffectivePolicy, PolicySection, PolicySectionValues } from '@rightsdesk/live-config';
import { HOLIDAY_RULE_SET_NAMES, REGIMES, SUBMITTABLE_TYPES } from '@rightsdesk/domain';
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
  flash?: ConsoleFlash;
  /** The section whose form was refused, what was entered, and the problems. */
  refused?: { section: PolicySection; entered: SectionFormValues; errors: ConsoleFieldError[] };
}

const TYPE_WORDS: Record<string, string> = {
  access: 'Access (a copy of their data)',
  correct: 'Correction',
  delete: 'Deletion',
  withdraw_consent: 'Consent withdrawal',
};
const REGIME_WORDS: Record<string, string> = {
  gdpr: 'GDPR',
  ccpa: 'CCPA/CPRA',
  vcdpa: 'Virginia',
  cpa: 'Colorado',
  ctdpa: 'Connecticut',
  tdpsa: 'Texas',
};
const TIER_WORDS: Record<string, string> = {
  reasonable: 'Reasonable degree (two data points)',
  reasonably_high: 'Reasonably high degree (three data points)',
};
const RULE_SET_WORDS: Record<string, string> = {
  us_federal: 'US federal holidays',
  california: 'California state holidays',
};

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
  });
  const body = html`${consoleErrorSummary(errors)}
    <p class="lead">
      Each section starts from the server's environment variables. Saving a section here overrides
      them until you go back to the defaults; the change applies to the next request without a
      restart (within a few seconds in every process).
    </p>
    ${autoApprovalSection(context('auto_approval'))} ${verificationSection(context('verification'))}
    ${holidaysSection(context('holidays'))} ${letterheadSection(context('letterhead'))}`;
  return renderConsolePage({
    title: 'Policy settings',
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
    if (Array.isArray(item)) {
      form[key] = LINE_FIELDS.has(key) ? item.join('\n') : item.map(String);
    } else {
      form[key] = String(item);
    }
  }
  void section;
  return form;
}

/** Lists entered one per line in a text area (the others are checkboxes). */
export const LINE_FIELDS = new Set(['extraDays', 'workingDays', 'postalAddress']);

function autoApprovalSection(context: SectionContext): SafeHtml {
  const defaults = [context.defaults.entries ?? []].flat();
  const groups = SUBMITTABLE_TYPES.map((type, index) =>
    checkboxGroup(
      context,
      'entries',
      TYPE_WORDS[type],
      [
        { value: type, label: 'In every regime' },
        ...REGIMES.map((regime) => ({
          value: `${type}:${regime}`,
          label: `Only under ${REGIME_WORDS[regime]}`,
        })),
      ],
      defaults
        .filter((entry) => entry.split(':')[0] === type)
        .map(entryWords)
        .join(', '),
      { idName: `entries-${type}`, showsErrors: index === 0 },
    ),
  );
  return sectionForm(
    context,
    'Approval by policy',
    html`<p>
      Verified requests of the chosen kinds are approved without an officer's review. Requests
      brought by an agent with a power of attorney are always reviewed.
    </p>`,
    html`${groups}`,
  );
}

function entryWords(entry: string): string {
  const [type, regime] = entry.split(':');
  return regime
    ? `${TYPE_WORDS[type] ?? type} under ${REGIME_WORDS[regime] ?? regime}`
    : `${TYPE_WORDS[type] ?? type} everywhere`;
}

function verificationSection(context: SectionContext): SafeHtml {
  return sectionForm(
    context,
    'Verification',
    html`<p>
      How long codes work and how much proof deletion and correction need (CCPA regs 7060-7062).
      Sensitive means the request touches data whose loss or change would harm the person.
    </p>`,
    html`${numberField(context, 'codeMinutes', 'Minutes an emailed code or link works')}
    ${numberField(context, 'maxAttempts', 'Wrong codes before a code stops working')}
    ${numberField(context, 'codesPerHour', 'Codes one request may be sent per hour')}
    ${numberField(context, 'expiryDays', 'Days a request may wait for verification before it expires')}
    ${selectField(context, 'deleteSensitive', 'Deletion of sensitive data needs', TIER_WORDS)}
    ${selectField(context, 'deleteNotSensitive', 'Deletion of other data needs', TIER_WORDS)}
    ${selectField(context, 'correctSensitive', 'Correction of sensitive data needs', TIER_WORDS)}
    ${selectField(context, 'correctNotSensitive', 'Correction of other data needs', TIER_WORDS)}
    ${numberField(context, 'maxContradictions', 'Contradicted data points tolerated (0 to 3)')}`,
  );
}

function holidaysSection(context: SectionContext): SafeHtml {
  const defaults = [context.defaults.ruleSets ?? []].flat();
  return sectionForm(
    context,
    'Holiday calendar',
    html`<p>
      The days business-day clocks skip: the 10 business days to confirm receipt and the 15 to act
      on an opt-out (CCPA regs 7021(a), 7026(f)). Dates as YYYY-MM-DD, one per line.
    </p>`,
    html`${checkboxGroup(
      context,
      'ruleSets',
      'Holidays observed',
      HOLIDAY_RULE_SET_NAMES.map((name) => ({ value: name, label: RULE_SET_WORDS[name] ?? name })),
      defaults.map((name) => RULE_SET_WORDS[name] ?? name).join(', '),
    )}
    ${linesField(context, 'extraDays', 'Further days off')}
    ${linesField(context, 'workingDays', 'Holidays the company works')}`,
  );
}

function letterheadSection(context: SectionContext): SafeHtml {
  return sectionForm(
    context,
    'Letterhead',
    html`<p>
      Who notices and letters come from, and the contact the privacy center shows. Letters print the
      address in the envelope window.
    </p>`,
    html`${textField(context, 'companyName', 'Company name')}
    ${linesField(context, 'postalAddress', 'Postal address (one line per line)')}
    ${textField(context, 'contactEmail', 'Privacy contact email', 'email')}
    ${selectField(context, 'paperSize', 'Paper for letters', {
      letter: 'US Letter (#10 window envelope)',
      a4: 'A4 (DIN 5008 form B)',
    })}`,
  );
}
