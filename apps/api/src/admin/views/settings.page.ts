import type { EffectivePolicy, PolicySection, PolicySectionValues } from '@rightsdesk/live-config';
import { HOLIDAY_RULE_SET_NAMES, REGIMES, SUBMITTABLE_TYPES } from '@rightsdesk/domain';
import type { StaffPrincipal } from '@rightsdesk/staff';
import {
  consoleErrorSummary,
  consoleFieldId,
  type ConsoleFieldError,
} from '../../console/views/console-forms';
import {
  ConsoleFlash,
  SafeHtml,
  csrfField,
  html,
  raw,
  renderConsolePage,
} from '../../console/views/console-layout';
import { actorInWords, timeInWords } from './admin-words';

/** The values a form shows: what is in force, or what was just entered when it was refused. */
export type SectionFormValues = Record<string, string | string[]>;

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
export function settingsPage(staff: StaffPrincipal, input: SettingsPageInput): string {
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

interface SectionContext {
  staff: StaffPrincipal;
  section: PolicySection;
  values: SectionFormValues;
  defaults: SectionFormValues;
  errors: ConsoleFieldError[];
  overridden: boolean;
  detail?: { updatedBy: string; updatedAt: Date };
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

function sectionForm(
  context: SectionContext,
  heading: string,
  explanation: SafeHtml,
  fields: SafeHtml,
): SafeHtml {
  const { section, staff } = context;
  const headingId = `section-${section}`;
  const status = context.overridden
    ? html`<p>
        <span class="badge">overridden</span> Saved ${timeInWords(context.detail?.updatedAt)} by
        ${actorInWords(context.detail?.updatedBy ?? null)}.
      </p>`
    : html`<p><span class="badge">defaults</span> The environment's values apply.</p>`;
  return html`<section aria-labelledby="${headingId}" class="group">
    <h2 id="${headingId}">${heading}</h2>
    ${explanation} ${status}
    <form method="post" action="/console/admin/settings/${section}" novalidate>
      ${raw(csrfField(staff))} ${fields}
      <button type="submit" class="button">Save ${heading.toLowerCase()}</button>
    </form>
    ${
      context.overridden &&
      html`<form
        method="post"
        action="/console/admin/settings/${section}/reset"
        class="inline-form"
      >
        ${raw(csrfField(staff))}
        <button type="submit" class="button button--secondary">
          Go back to the defaults<span class="visually-hidden"> for ${heading.toLowerCase()}</span>
        </button>
      </form>`
    }
  </section>`;
}

function fieldId(context: SectionContext, name: string): string {
  return consoleFieldId(`${context.section}-${name}`);
}

function errorOf(context: SectionContext, name: string): string | undefined {
  return context.errors.find((error) => error.field === `${context.section}-${name}`)?.message;
}

function fieldShell(
  context: SectionContext,
  name: string,
  label: string,
  defaultText: string,
  control: (describedBy: string, invalid: boolean) => SafeHtml,
): SafeHtml {
  const id = fieldId(context, name);
  const error = errorOf(context, name);
  const describedBy = [`${id}-default`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="field${error ? ' field--error' : ''}">
    <label for="${id}">${label}</label>
    <p class="hint" id="${id}-default">Environment default: ${defaultText || 'none'}</p>
    ${
      error &&
      html`<p class="error-message" id="${id}-error">
        <span class="visually-hidden">Error:</span> ${error}
      </p>`
    }
    ${control(describedBy, Boolean(error))}
  </div>`;
}

function numberField(context: SectionContext, name: string, label: string): SafeHtml {
  return fieldShell(
    context,
    name,
    label,
    String(context.defaults[name]),
    (describedBy, invalid) =>
      html`<input
        id="${fieldId(context, name)}"
        name="${name}"
        type="text"
        inputmode="numeric"
        class="input input--short"
        value="${String(context.values[name] ?? '')}"
        aria-describedby="${describedBy}"
        ${invalid && raw('aria-invalid="true"')}
      />`,
  );
}

function textField(context: SectionContext, name: string, label: string, type = 'text'): SafeHtml {
  return fieldShell(
    context,
    name,
    label,
    String(context.defaults[name]),
    (describedBy, invalid) =>
      html`<input
        id="${fieldId(context, name)}"
        name="${name}"
        type="${type}"
        class="input"
        value="${String(context.values[name] ?? '')}"
        aria-describedby="${describedBy}"
        ${invalid && raw('aria-invalid="true"')}
      />`,
  );
}

function linesField(context: SectionContext, name: string, label: string): SafeHtml {
  const defaults = String(context.defaults[name]).split('\n').filter(Boolean).join(', ');
  return fieldShell(
    context,
    name,
    label,
    defaults,
    (describedBy, invalid) =>
      html`<textarea
        id="${fieldId(context, name)}"
        name="${name}"
        rows="4"
        class="input"
        aria-describedby="${describedBy}"
        ${invalid && raw('aria-invalid="true"')}
      >
${String(context.values[name] ?? '')}</textarea>`,
  );
}

function selectField(
  context: SectionContext,
  name: string,
  label: string,
  options: Record<string, string>,
): SafeHtml {
  const defaultValue = String(context.defaults[name]);
  return fieldShell(
    context,
    name,
    label,
    options[defaultValue] ?? defaultValue,
    (describedBy, invalid) =>
      html`<select
        id="${fieldId(context, name)}"
        name="${name}"
        class="select"
        aria-describedby="${describedBy}"
        ${invalid && raw('aria-invalid="true"')}
      >
        ${Object.entries(options).map(
          ([value, words]) =>
            html`<option value="${value}" ${context.values[name] === value && raw('selected')}>
              ${words}
            </option>`,
        )}
      </select>`,
  );
}

function checkboxGroup(
  context: SectionContext,
  name: string,
  legend: string,
  options: Array<{ value: string; label: string }>,
  defaultText: string,
  /** Several groups share one field name: each needs ids of its own; the first shows errors. */
  group?: { idName: string; showsErrors: boolean },
): SafeHtml {
  const error = group && !group.showsErrors ? undefined : errorOf(context, name);
  const selected = new Set([context.values[name] ?? []].flat());
  const id = group && !group.showsErrors ? fieldId(context, group.idName) : fieldId(context, name);
  return html`<fieldset
    class="field${error ? ' field--error' : ''}"
    aria-describedby="${id}-default${error ? ` ${id}-error` : ''}"
  >
    <legend>${legend}</legend>
    <p class="hint" id="${id}-default">Environment default: ${defaultText || 'none'}</p>
    ${
      error &&
      html`<p class="error-message" id="${id}-error">
        <span class="visually-hidden">Error:</span> ${error}
      </p>`
    }
    ${options.map(
      (option, index) =>
        html`<div class="choice">
          <input
            id="${index === 0 ? id : `${id}-${index}`}"
            name="${name}"
            type="checkbox"
            value="${option.value}"
            ${selected.has(option.value) && raw('checked')}
          />
          <label for="${index === 0 ? id : `${id}-${index}`}">${option.label}</label>
        </div>`,
    )}
  </fieldset>`;
}

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
