import { StaffPrincipal } from '@rightsdesk/staff';
import { DashboardFigures, REPORT_NAMES, ReportName } from '@rightsdesk/reports';
import { SafeHtml, html } from '@rightsdesk/html';
import { say } from '../i18n/console-words';
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

const fieldId = (form: ReportsForm, name: string) => `field-${form}-${name}`;

/** The admin dashboard (charts as inline SVG, each with its figures) and a download form per report. */
export function reportsPage(input: ReportsPageInput): SafeHtml {
  const problems = input.errors?.problems ?? [];
  const summary = consoleErrorSummary(
    problems.map((problem) => ({ ...problem, field: `${input.errors?.form}-${problem.field}` })),
  );
  const body = html`${summary}
    <p class="lead">${say('reports.lead', { timeZone: input.timeZone })}</p>
    <h2>${say('reports.dashboardHeading')}</h2>
    ${periodForm(input)} ${input.dashboard ? dashboardCharts(input.dashboard) : html``}
    <h2>${say('reports.downloadHeading')}</h2>
    <p>${say('reports.downloadIntro')}</p>
    ${REPORT_NAMES.map((report) => downloadForm(input, report))}`;
  return renderConsolePage({
    title: say('reports.title'),
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
        <span class="visually-hidden">${say('form.errorPrefix')}</span> ${error}
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
      <legend>${say('reports.period.legend')}</legend>
      ${dateField(input, 'dashboard', 'from', say('reports.from'))}
      ${dateField(input, 'dashboard', 'to', say('reports.to'))}
    </fieldset>
    <button type="submit" class="button button--secondary">${say('reports.show')}</button>
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
          <span class="visually-hidden">${say('form.errorPrefix')}</span> ${error}
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
  const title = say(`reports.report.${report}.title`);
  const text = say(`reports.report.${report}.text`);
  let fields: SafeHtml;
  if (report === 'ccpa-metrics') {
    const id = fieldId(report, 'year');
    const error = errorOf(input, report, 'year');
    fields = html`<div class="field${error ? ' field--error' : ''}">
        <label for="${id}">${say('reports.year')}</label>
        ${
          error &&
          html`<p class="error-message" id="${id}-error">
            <span class="visually-hidden">${say('form.errorPrefix')}</span> ${error}
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
      ${radios(input, report, 'scope', say('reports.scope'), [
        ['california', say('reports.scope.california')],
        ['all', say('reports.scope.all')],
      ])}`;
  } else if (report === 'processing-record') {
    fields = html``;
  } else {
    fields = html`${dateField(input, report, 'from', say('reports.from'))}
    ${dateField(input, report, 'to', say('reports.to'))}`;
  }
  return html`<form method="get" action="/console/reports/download" class="group">
    <h3>${title}</h3>
    <p class="hint">${text}</p>
    <input type="hidden" name="report" value="${report}" />
    ${fields}
    ${radios(input, report, 'format', say('reports.format'), [
      ['pdf', say('reports.format.pdf')],
      ['csv', say('reports.format.csv')],
      ['json', say('reports.format.json')],
    ])}
    <button type="submit" class="button">${say('reports.download', { title })}</button>
  </form>`;
}
