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

/**
 * A round top for the value axis and its five ticks: four equal steps of 1, 2, 2.5, 3, 4, 5, 6
 * or 8 times a power of ten, whole numbers for counts (2.5 only from 25 up).
 */
export function chartAxis(chart: Pick<ReportChart, 'max' | 'series'>): ChartAxis {
  const largest = Math.max(0, ...chart.series.flatMap((s) => s.values.map((v) => v ?? 0)));
  // A tenth of headroom, so the tallest bar keeps its value label clear of the legend.
  const max = chart.max ?? 4 * niceStep((largest * 1.1) / 4);
  return { max, ticks: [0, 1, 2, 3, 4].map((step) => (max * step) / 4) };
}

function niceStep(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const factors = power >= 10 ? [1, 2, 2.5, 3, 4, 5, 6, 8, 10] : [1, 2, 3, 4, 5, 6, 8, 10];
  return (factors.find((factor) => factor * power >= value) ?? 10) * power;
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

/**
 * The lines of a line chart, per series: runs of consecutive points, so a month with no value
 * (null) is a gap rather than a line drawn through it.
 */
export function lineSegments(chart: ReportChart, plot: Box, axis: ChartAxis): PointShape[][][] {
  const groups = Math.max(1, chart.categories.length);
  const slot = plot.width / groups;
  return chart.series.map((series, s) => {
    const segments: PointShape[][] = [];
    let current: PointShape[] = [];
    series.values.forEach((value, c) => {
      if (value === null) {
        if (current.length > 0) segments.push(current);
        current = [];
        return;
      }
      current.push({
        series: s,
        category: c,
        value,
        x: plot.x + c * slot + slot / 2,
        y: plot.y + plot.height - (Math.min(value, axis.max) / axis.max) * plot.height,
      });
    });
    if (current.length > 0) segments.push(current);
    return segments;
  });
}

/** Every month from one date's month to another's, inclusive: "2025-11", "2025-12", "2026-01". */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = Number(to.slice(0, 4)) * 12 + Number(to.slice(5, 7));
  while (year * 12 + month <= last) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
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
