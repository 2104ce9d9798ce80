import { say } from '../../i18n/console-words';
import type { PolicySection } from '@rightsdesk/live-config';
import type { StaffPrincipal } from '@rightsdesk/staff';
import { consoleFieldId, type ConsoleFieldError } from '../../views/console-forms';
import { SafeHtml, csrfField, html } from '../../views/console-layout';
import { actorInWords, timeInWords } from './admin-words';

/** The values a form shows: what is in force, or what was just entered when it was refused. */
export type SectionFormValues = Record<string, string | string[]>;

/** What a settings section's form is built from. */
export interface SectionContext {
  staff: StaffPrincipal;
  section: PolicySection;
  values: SectionFormValues;
  defaults: SectionFormValues;
  errors: ConsoleFieldError[];
  overridden: boolean;
  detail?: { updatedBy: string; updatedAt: Date };
  actorNames: Readonly<Record<string, string>>;
}

export function sectionForm(
  context: SectionContext,
  heading: string,
  explanation: SafeHtml,
  fields: SafeHtml,
): SafeHtml {
  const { section, staff } = context;
  const headingId = `section-${section}`;
  const status = context.overridden
    ? html`<p>
        <span class="badge">${say('settings.overridden')}</span>
        ${say('settings.savedBy', {
          time: timeInWords(context.detail?.updatedAt),
          actor: actorInWords(context.detail?.updatedBy ?? null, context.actorNames),
        })}
      </p>`
    : html`<p>
        <span class="badge">${say('settings.defaults')}</span>
        ${say('settings.environmentApplies')}
      </p>`;
  return html`<section aria-labelledby="${headingId}" class="group">
    <h2 id="${headingId}">${heading}</h2>
    ${explanation} ${status}
    <form method="post" action="/console/admin/settings/${section}" novalidate>
      ${csrfField(staff)} ${fields}
      <button type="submit" class="button">
        ${say('settings.save', { section: heading.toLowerCase() })}
      </button>
    </form>
    ${
      context.overridden &&
      html`<form
        method="post"
        action="/console/admin/settings/${section}/reset"
        class="inline-form"
      >
        ${csrfField(staff)}
        <button type="submit" class="button button--secondary">
          ${say('settings.reset')}<span class="visually-hidden">
            ${say('settings.resetFor', { section: heading.toLowerCase() })}</span
          >
        </button>
      </form>`
    }
  </section>`;
}

function environmentDefault(text: string): string {
  return say('form.environmentDefault', { value: text || say('form.environmentDefaultNone') });
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
    <p class="hint" id="${id}-default">${environmentDefault(defaultText)}</p>
    ${
      error &&
      html`<p class="error-message" id="${id}-error">
        <span class="visually-hidden">${say('form.errorPrefix')}</span> ${error}
      </p>`
    }
    ${control(describedBy, Boolean(error))}
  </div>`;
}

export function numberField(context: SectionContext, name: string, label: string): SafeHtml {
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
        ${invalid && html`aria-invalid="true"`}
      />`,
  );
}

export function textField(
  context: SectionContext,
  name: string,
  label: string,
  type = 'text',
): SafeHtml {
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
        ${invalid && html`aria-invalid="true"`}
      />`,
  );
}

export function linesField(context: SectionContext, name: string, label: string): SafeHtml {
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
        ${invalid && html`aria-invalid="true"`}
      >
${String(context.values[name] ?? '')}</textarea>`,
  );
}

export function selectField(
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
        ${invalid && html`aria-invalid="true"`}
      >
        ${Object.entries(options).map(
          ([value, words]) =>
            html`<option value="${value}" ${context.values[name] === value && html`selected`}>
              ${words}
            </option>`,
        )}
      </select>`,
  );
}

export function checkboxGroup(
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
    <p class="hint" id="${id}-default">${environmentDefault(defaultText)}</p>
    ${
      error &&
      html`<p class="error-message" id="${id}-error">
        <span class="visually-hidden">${say('form.errorPrefix')}</span> ${error}
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
            ${selected.has(option.value) && html`checked`}
          />
          <label for="${index === 0 ? id : `${id}-${index}`}">${option.label}</label>
        </div>`,
    )}
  </fieldset>`;
}
