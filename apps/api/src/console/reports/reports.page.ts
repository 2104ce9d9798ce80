import { StaffPrincipal } from '@rightsdesk/staff';
import { DashboardFigures, REPORT_NAMES, ReportName } from '@rightsdesk/reports';
import { SafeHtml, html } from '@rightsdesk/html';
import { ConsoleFieldError, consoleErrorSummary } from '../views/console-forms';
import { renderConsolePage } from '../views/console-layout';
import { dashboardCharts } from './report-dashboard.view';

/** Which form the values and errors belong to: the dashboard's period or one report's download. */
export type ReportsForm = 'dashboard' | ReportName;

export interface ReportsPageInput {
  staff: StaffPrincipal;
  dashboard: DashboardFigures | null;
  /** What each form shows: the values last entered (or the defaults). */
  values: Record<ReportsForm, Record<string, string>>;
  errors: { form: ReportsForm; problems: ConsoleFieldError[] } | null;
  timeZone: string;
}

const DESCRIPTIONS: Record<ReportName, { title: string; text: string }> = {
  'ccpa-metrics': {
    title: 'CCPA metrics',
    text: 'For a calendar year, per request type: received, complied with in whole or in part, denied (by reason), and the median and mean days to respond (regs 7102).',
  },
  timeliness: {
    title: 'Timeliness',
    text: 'Per regime and per month of receipt: the share answered on time, late and after an extension; requests open and overdue now.',
  },
  'request-log': {
    title: 'Request log',
    text: 'Every request received in the period: date, nature, manner, date and nature of the response, basis of any denial (regs 7101).',
  },
  'audit-log': {
    title: 'Audit log',
    text: 'Every audit event in the period, with a check of the whole hash chain that names the first altered row, if any.',
  },
  'processing-record': {
    title: 'Record of processing activities',
    text: 'GDPR Art. 30, generated from the data map: purposes, lawful bases, categories, recipients, transfers, retention.',
  },
};

const fieldId = (form: ReportsForm, name: string) => `field-${form}-${name}`;

/** The admin dashboard (charts as inline SVG, each with its figures) and a download form per report. */
export function reportsPage(input: ReportsPageInput): SafeHtml {
  const problems = input.errors?.problems ?? [];
  const summary = consoleErrorSummary(
    problems.map((problem) => ({ ...problem, field: `${input.errors?.form}-${problem.field}` })),
  );
  const body = html`${summary}
    <p class="lead">
      Figures are computed when you ask, from every request on record. Dates are in the company's
      time zone (${input.timeZone}).
    </p>
    <h2>Dashboard</h2>
    ${periodForm(input)} ${input.dashboard ? dashboardCharts(input.dashboard) : html``}
    <h2>Download a report</h2>
    <p>Each report comes as CSV (for spreadsheets), JSON (for other systems) or PDF (to file).</p>
    ${REPORT_NAMES.map((report) => downloadForm(input, report))}`;
  return renderConsolePage({
    title: 'Reports',
    staff: input.staff,
    body,
    current: '/console/reports',
    hasErrors: problems.length > 0,
  });
}

function errorOf(input: ReportsPageInput, form: ReportsForm, name: string): string | undefined {
  if (input.errors?.form !== form) return undefined;
  return input.errors.problems.find((problem) => problem.field === name)?.message;
}

function dateField(
  input: ReportsPageInput,
  form: ReportsForm,
  name: 'from' | 'to',
  label: string,
): SafeHtml {
  const id = fieldId(form, name);
  const error = errorOf(input, form, name);
  return html`<div class="field${error ? ' field--error' : ''}">
    <label for="${id}">${label}</label>
    ${
      error &&
      html`<p class="error-message" id="${id}-error">
        <span class="visually-hidden">Error:</span> ${error}
      </p>`
    }
    <input
      id="${id}"
      name="${name}"
      type="date"
      class="input input--medium"
      value="${input.values[form][name] ?? ''}"
      ${error && html`aria-invalid="true" aria-describedby="${id}-error"`}
    />
  </div>`;
}

function periodForm(input: ReportsPageInput): SafeHtml {
  return html`<form method="get" action="/console/reports" class="group">
    <fieldset>
      <legend>Requests received</legend>
      ${dateField(input, 'dashboard', 'from', 'From')}
      ${dateField(input, 'dashboard', 'to', 'To (inclusive)')}
    </fieldset>
    <button type="submit" class="button button--secondary">Show</button>
  </form>`;
}

function radios(
  input: ReportsPageInput,
  form: ReportsForm,
  name: string,
  legend: string,
  options: Array<[string, string]>,
): SafeHtml {
  const chosen = input.values[form][name] ?? options[0][0];
  const error = errorOf(input, form, name);
  const id = fieldId(form, name);
  return html`<div class="field${error ? ' field--error' : ''}">
    <fieldset ${error && html`aria-describedby="${id}-error"`}>
      <legend>${legend}</legend>
      ${
        error &&
        html`<p class="error-message" id="${id}-error">
          <span class="visually-hidden">Error:</span> ${error}
        </p>`
      }
      ${options.map(
        ([value, label], index) =>
          html`<div class="choice">
            <input
              type="radio"
              name="${name}"
              value="${value}"
              id="${index === 0 ? id : `${id}-${value}`}"
              ${value === chosen && html`checked`}
            />
            <label for="${index === 0 ? id : `${id}-${value}`}">${label}</label>
          </div>`,
      )}
    </fieldset>
  </div>`;
}

function downloadForm(input: ReportsPageInput, report: ReportName): SafeHtml {
  const { title, text } = DESCRIPTIONS[report];
  let fields: SafeHtml;
  if (report === 'ccpa-metrics') {
    const id = fieldId(report, 'year');
    const error = errorOf(input, report, 'year');
    fields = html`<div class="field${error ? ' field--error' : ''}">
        <label for="${id}">Calendar year</label>
        ${
          error &&
          html`<p class="error-message" id="${id}-error">
            <span class="visually-hidden">Error:</span> ${error}
          </p>`
        }
        <input
          id="${id}"
          name="year"
          type="text"
          inputmode="numeric"
          class="input input--short"
          value="${input.values[report].year ?? ''}"
          ${error && html`aria-invalid="true" aria-describedby="${id}-error"`}
        />
      </div>
      ${radios(input, report, 'scope', 'Who is counted', [
        ['california', 'California residents only'],
        ['all', 'All individuals'],
      ])}`;
  } else if (report === 'processing-record') {
    fields = html``;
  } else {
    fields = html`${dateField(input, report, 'from', 'From')}
    ${dateField(input, report, 'to', 'To (inclusive)')}`;
  }
  return html`<form method="get" action="/console/reports/download" class="group">
    <h3>${title}</h3>
    <p class="hint">${text}</p>
    <input type="hidden" name="report" value="${report}" />
    ${fields}
    ${radios(input, report, 'format', 'Format', [
      ['pdf', 'PDF'],
      ['csv', 'CSV'],
      ['json', 'JSON'],
    ])}
    <button type="submit" class="button">Download ${title}</button>
  </form>`;
}
