import { DashboardFigures, percent } from '@rightsdesk/reports';
import { SafeHtml, html } from '@rightsdesk/html';
import { isConsoleKey, say } from '../i18n/console-words';
import { reportChartSvg } from './report-chart.svg';

/** A request type in the dashboard's words (its code if the catalogue lacks it). */
function typeInWords(type: string): string {
  const key = `dashboard.type.${type}`;
  return isConsoleKey(key) ? say(key) : type;
}

/**
 * The dashboard's three charts (volume per month, types, on-time rate per month), each a figure
 * with a caption, the headline figures above them and every figure as a table below.
 */
export function dashboardCharts(figures: DashboardFigures): SafeHtml {
  const { months, types } = figures;
  const volume = reportChartSvg(
    {
      title: say('dashboard.volume.title'),
      kind: 'bar',
      categories: months.map((row) => row.month),
      series: [{ name: say('dashboard.received'), values: months.map((row) => row.received) }],
    },
    'chart-volume',
    say('dashboard.volume.summary', {
      received: String(figures.received),
      from: figures.period.from,
      to: figures.period.to,
    }),
  );
  const byType = reportChartSvg(
    {
      title: say('dashboard.types.title'),
      kind: 'bar',
      categories: types.map((row) => typeInWords(row.type)),
      series: [{ name: say('dashboard.received'), values: types.map((row) => row.received) }],
    },
    'chart-types',
    types
      .map((row) =>
        say('dashboard.types.summaryItem', {
          type: typeInWords(row.type),
          received: String(row.received),
        }),
      )
      .join(say('dashboard.types.summarySeparator')) || say('dashboard.types.none'),
  );
  const onTime = reportChartSvg(
    {
      title: say('dashboard.onTime.title'),
      kind: 'line',
      unit: '%',
      max: 100,
      categories: months.map((row) => row.month),
      series: [
        {
          name: say('dashboard.onTime'),
          values: months.map((row) =>
            row.onTimeShare === null ? null : Math.round(row.onTimeShare * 1000) / 10,
          ),
        },
      ],
    },
    'chart-on-time',
    say('dashboard.onTime.summary', { share: percent(figures.onTimeShare) }),
  );
  return html`<dl class="summary-list">
      <dt>${say('dashboard.received')}</dt>
      <dd>${figures.received}</dd>
      <dt>${say('dashboard.answeredOnTime')}</dt>
      <dd>${percent(figures.onTimeShare)}</dd>
      <dt>${say('dashboard.openNow')}</dt>
      <dd>${figures.open}</dd>
      <dt>${say('dashboard.overdueNow')}</dt>
      <dd>${figures.overdue}</dd>
    </dl>
    <figure>
      ${volume}
      <figcaption>${say('dashboard.volume.caption')}</figcaption>
    </figure>
    <figure>
      ${byType}
      <figcaption>${say('dashboard.types.caption')}</figcaption>
    </figure>
    <figure>
      ${onTime}
      <figcaption>${say('dashboard.onTime.caption')}</figcaption>
    </figure>
    <details>
      <summary>${say('dashboard.tablesSummary')}</summary>
      <div class="table-wrap">
        <table>
          <caption>
            ${say('dashboard.perMonth')}
          </caption>
          <thead>
            <tr>
              <th scope="col">${say('dashboard.month')}</th>
              <th scope="col">${say('dashboard.received')}</th>
              <th scope="col">${say('dashboard.answered')}</th>
              <th scope="col">${say('dashboard.onTime')}</th>
              <th scope="col">${say('dashboard.shareOnTime')}</th>
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
            ${say('dashboard.perType')}
          </caption>
          <thead>
            <tr>
              <th scope="col">${say('dashboard.type')}</th>
              <th scope="col">${say('dashboard.received')}</th>
            </tr>
          </thead>
          <tbody>
            ${types.map(
              (row) =>
                html`<tr>
                  <th scope="row">${typeInWords(row.type)}</th>
                  <td>${row.received}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </details>`;
}
