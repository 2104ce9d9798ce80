import { DashboardFigures, percent } from '@rightsdesk/reports';
import { SafeHtml, html } from '@rightsdesk/html';
import { reportChartSvg } from './report-chart.svg';

const TYPE_LABELS: Record<string, string> = {
  access: 'Access',
  correct: 'Correct',
  delete: 'Delete',
  withdraw_consent: 'Withdraw consent',
  appeal: 'Appeal',
};

/**
 * The dashboard's three charts (volume per month, types, on-time rate per month), each a figure
 * with a caption, the headline figures above them and every figure as a table below.
 */
export function dashboardCharts(figures: DashboardFigures): SafeHtml {
  const { months, types } = figures;
  const volume = reportChartSvg(
    {
      title: 'Requests received per month',
      kind: 'bar',
      categories: months.map((row) => row.month),
      series: [{ name: 'Received', values: months.map((row) => row.received) }],
    },
    'chart-volume',
    `${figures.received} requests from ${figures.period.from} to ${figures.period.to}; the table below gives each month.`,
  );
  const byType = reportChartSvg(
    {
      title: 'Requests by type',
      kind: 'bar',
      categories: types.map((row) => TYPE_LABELS[row.type] ?? row.type),
      series: [{ name: 'Received', values: types.map((row) => row.received) }],
    },
    'chart-types',
    types.map((row) => `${TYPE_LABELS[row.type] ?? row.type}: ${row.received}`).join('; ') ||
      'No requests in this period.',
  );
  const onTime = reportChartSvg(
    {
      title: 'Share answered on time, per month of receipt',
      kind: 'line',
      unit: '%',
      max: 100,
      categories: months.map((row) => row.month),
      series: [
        {
          name: 'On time',
          values: months.map((row) =>
            row.onTimeShare === null ? null : Math.round(row.onTimeShare * 1000) / 10,
          ),
        },
      ],
    },
    'chart-on-time',
    `${percent(figures.onTimeShare)} of the answered requests were answered on time; months with nothing answered are left blank.`,
  );
  return html`<dl class="summary-list">
      <dt>Received</dt>
      <dd>${figures.received}</dd>
      <dt>Answered on time</dt>
      <dd>${percent(figures.onTimeShare)}</dd>
      <dt>Open now</dt>
      <dd>${figures.open}</dd>
      <dt>Overdue now</dt>
      <dd>${figures.overdue}</dd>
    </dl>
    <figure>
      ${volume}
      <figcaption>Volume: requests received per month.</figcaption>
    </figure>
    <figure>
      ${byType}
      <figcaption>Types: requests received in the period by right exercised.</figcaption>
    </figure>
    <figure>
      ${onTime}
      <figcaption>
        On-time rate: the share of answered requests answered by their due date.
      </figcaption>
    </figure>
    <details>
      <summary>The figures behind the charts</summary>
      <div class="table-wrap">
        <table>
          <caption>
            Per month of receipt
          </caption>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col">Received</th>
              <th scope="col">Answered</th>
              <th scope="col">On time</th>
              <th scope="col">Share on time</th>
            </tr>
          </thead>
          <tbody>
            ${months.map(
              (row) =>
                html`<tr>
                  <th scope="row">${row.month}</th>
                  <td>${row.received}</td>
                  <td>${row.answered}</td>
                  <td>${row.onTime}</td>
                  <td>${percent(row.onTimeShare)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
        <table>
          <caption>
            Per type
          </caption>
          <thead>
            <tr>
              <th scope="col">Type</th>
              <th scope="col">Received</th>
            </tr>
          </thead>
          <tbody>
            ${types.map(
              (row) =>
                html`<tr>
                  <th scope="row">${TYPE_LABELS[row.type] ?? row.type}</th>
                  <td>${row.received}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </details>`;
}
