import {
  Box,
  ReportChart,
  barShapes,
  chartAxis,
  formatChartValue,
  labelEvery,
  lineSegments,
} from '@rightsdesk/reports';
import { PALETTE } from '../../privacy-center/views/layout.styles';
import { SafeHtml, html } from '@rightsdesk/html';

const WIDTH = 720;
const HEIGHT = 260;
const PLOT: Box = { x: 56, y: 16, width: WIDTH - 72, height: HEIGHT - 60 };
// The link blue of the palette: 8.6:1 on white, well over WCAG 1.4.11's 3:1 for graphics.
const INK = PALETTE.link;

/**
 * A chart as inline SVG drawn on the server (no script, nothing fetched), with the same geometry
 * as the PDF's. Presentation attributes only (no style attribute), so the console's CSP holds.
 * It is an image with a title and a description; the figures follow as a table for everyone
 * who cannot see it (WCAG 1.1.1).
 */
export function reportChartSvg(chart: ReportChart, id: string, description: string): SafeHtml {
  const axis = chartAxis(chart);
  const grid = axis.ticks.map((tick) => {
    const y = PLOT.y + PLOT.height - (tick / axis.max) * PLOT.height;
    return html`<line
        x1="${PLOT.x}"
        x2="${PLOT.x + PLOT.width}"
        y1="${y}"
        y2="${y}"
        stroke="#c8ccd2"
        stroke-width="1"
      />
      <text x="${PLOT.x - 6}" y="${y + 4}" text-anchor="end" font-size="12" fill="${PALETTE.text}"
        >${formatChartValue(tick, chart.unit)}</text
      >`;
  });
  const marks =
    chart.kind === 'bar'
      ? barShapes(chart, PLOT, axis).map(
          (bar) =>
            html`<rect
              x="${bar.box.x.toFixed(1)}"
              y="${bar.box.y.toFixed(1)}"
              width="${bar.box.width.toFixed(1)}"
              height="${bar.box.height.toFixed(1)}"
              fill="${INK}"
            />`,
        )
      : lineSegments(chart, PLOT, axis).flatMap((segments) =>
          segments.map(
            (points) =>
              html`<polyline
                  fill="none"
                  stroke="${INK}"
                  stroke-width="2.5"
                  points="${points
                    .map((point) => `${point.x.toFixed(1)},${point.y.toFixed(1)}`)
                    .join(' ')}"
                />
                ${points.map(
                  (point) =>
                    html`<circle
                      cx="${point.x.toFixed(1)}"
                      cy="${point.y.toFixed(1)}"
                      r="3.5"
                      fill="${INK}"
                    />`,
                )}`,
          ),
        );
  const slot = PLOT.width / Math.max(1, chart.categories.length);
  const every = labelEvery(chart.categories.length, PLOT.width, 64);
  const labels = chart.categories.map((category, index) =>
    index % every === 0
      ? html`<text
          x="${(PLOT.x + index * slot + slot / 2).toFixed(1)}"
          y="${PLOT.y + PLOT.height + 18}"
          text-anchor="middle"
          font-size="12"
          fill="${PALETTE.text}"
          >${category}</text
        >`
      : html``,
  );
  return html`<svg
    class="chart"
    viewBox="0 0 ${WIDTH} ${HEIGHT}"
    width="100%"
    role="img"
    aria-labelledby="${id}-title ${id}-desc"
    xmlns="http://www.w3.org/2000/svg"
  >
    <title id="${id}-title">${chart.title}</title>
    <desc id="${id}-desc">${description}</desc>
    ${grid} ${marks}
    <line
      x1="${PLOT.x}"
      x2="${PLOT.x}"
      y1="${PLOT.y}"
      y2="${PLOT.y + PLOT.height}"
      stroke="${PALETTE.text}"
      stroke-width="1.5"
    />
    <line
      x1="${PLOT.x}"
      x2="${PLOT.x + PLOT.width}"
      y1="${PLOT.y + PLOT.height}"
      y2="${PLOT.y + PLOT.height}"
      stroke="${PALETTE.text}"
      stroke-width="1.5"
    />
    ${labels}
  </svg>`;
}
