import type { ReportChart } from './report-document';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartAxis {
  max: number;
  ticks: number[];
}

/** A round top for the value axis (1, 2, 2.5 or 5 times a power of ten) and its five ticks. */
export function chartAxis(chart: Pick<ReportChart, 'max' | 'series'>): ChartAxis {
  const largest = Math.max(0, ...chart.series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const max = chart.max ?? niceCeiling(largest);
  return { max, ticks: [0, 1, 2, 3, 4].map((step) => (max * step) / 4) };
}

function niceCeiling(value: number): number {
  if (value <= 0) return 4;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((factor) => factor * power >= value) ?? 10;
  const top = step * power;
  // Small counts keep whole-number ticks (0, 1, 2, 3, 4 rather than 0, 0.5, 1 …).
  return top < 4 ? 4 : top;
}

export interface BarShape {
  series: number;
  category: number;
  value: number;
  box: Box;
}

export interface PointShape {
  series: number;
  category: number;
  value: number;
  x: number;
  y: number;
}

/** Where each bar of a grouped bar chart goes inside the plot area (y grows downwards). */
export function barShapes(chart: ReportChart, plot: Box, axis: ChartAxis): BarShape[] {
  const groups = Math.max(1, chart.categories.length);
  const slot = plot.width / groups;
  const barWidth = (slot * 0.8) / Math.max(1, chart.series.length);
  return chart.series.flatMap((series, s) =>
    series.values.flatMap((value, c) => {
      if (value === null) return [];
      const height = (Math.min(value, axis.max) / axis.max) * plot.height;
      return [
        {
          series: s,
          category: c,
          value,
          box: {
            x: plot.x + c * slot + slot * 0.1 + s * barWidth,
            y: plot.y + plot.height - height,
            width: barWidth,
            height,
          },
        },
      ];
    }),
  );
}

/** The points of a line chart, one per category and series; nulls are gaps. */
export function linePoints(chart: ReportChart, plot: Box, axis: ChartAxis): PointShape[][] {
  const groups = Math.max(1, chart.categories.length);
  const slot = plot.width / groups;
  return chart.series.map((series, s) =>
    series.values.flatMap((value, c) =>
      value === null
        ? []
        : [
            {
              series: s,
              category: c,
              value,
              x: plot.x + c * slot + slot / 2,
              y: plot.y + plot.height - (Math.min(value, axis.max) / axis.max) * plot.height,
            },
          ],
    ),
  );
}

/** Which category labels fit under the axis: every n-th one when there are many. */
export function labelEvery(categories: number, plotWidth: number, labelWidth: number): number {
  if (categories === 0) return 1;
  return Math.max(1, Math.ceil((categories * labelWidth) / plotWidth));
}

/** Colours told apart by people with the common colour-vision deficiencies (Okabe-Ito). */
export const CHART_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00'];

export function formatChartValue(value: number, unit = ''): string {
  const text = Number.isInteger(value) ? String(value) : value.toFixed(1);
  return `${text}${unit}`;
}
