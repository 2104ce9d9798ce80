import { barShapes, chartAxis, labelEvery, lineSegments, monthsBetween } from './chart-geometry';
import type { ReportChart } from './report-document';

const chart = (values: Array<number | null>, kind: 'bar' | 'line' = 'bar'): ReportChart => ({
  title: 't',
  kind,
  categories: values.map((_, i) => `c${i}`),
  series: [{ name: 's', values }],
});

describe(chartAxis.name, () => {
  it.each([
    [[0], 4, [0, 1, 2, 3, 4]],
    [[3], 4, [0, 1, 2, 3, 4]],
    [[8], 12, [0, 3, 6, 9, 12]],
    [[13, 1], 16, [0, 4, 8, 12, 16]],
    [[22], 32, [0, 8, 16, 24, 32]],
    [[950_000], 1_200_000, [0, 300_000, 600_000, 900_000, 1_200_000]],
  ])('puts values %j under a top of %i with whole ticks', (values, max, ticks) => {
    expect(chartAxis(chart(values))).toEqual({ max, ticks });
  });

  it('keeps a given top (a share out of 100)', () => {
    expect(chartAxis({ ...chart([50]), max: 100 }).ticks).toEqual([0, 25, 50, 75, 100]);
  });
});

describe(barShapes.name, () => {
  it('draws a bar as tall as its share of the axis, from the baseline', () => {
    const plot = { x: 0, y: 0, width: 100, height: 200 };
    const [half, none] = barShapes(chart([2, 0]), plot, { max: 4, ticks: [] });
    expect(half.box).toMatchObject({ y: 100, height: 100 });
    expect(none.box).toMatchObject({ y: 200, height: 0 });
    expect(half.box.x + half.box.width).toBeLessThan(none.box.x);
  });
});

describe(lineSegments.name, () => {
  it('leaves a gap where a month has no value instead of drawing through it', () => {
    const plot = { x: 0, y: 0, width: 50, height: 100 };
    const [segments] = lineSegments(chart([1, 2, null, 4, 4], 'line'), plot, { max: 4, ticks: [] });
    expect(segments.map((segment) => segment.map((point) => point.value))).toEqual([
      [1, 2],
      [4, 4],
    ]);
  });
});

describe(monthsBetween.name, () => {
  it.each([
    ['2025-11-15', '2026-02-01', ['2025-11', '2025-12', '2026-01', '2026-02']],
    ['2026-03-01', '2026-03-31', ['2026-03']],
  ])('lists every month from %s to %s', (from, to, months) => {
    expect(monthsBetween(from, to)).toEqual(months);
  });
});

describe(labelEvery.name, () => {
  it.each([
    [12, 600, 40, 1],
    [60, 600, 40, 4],
    [0, 600, 40, 1],
  ])('%i labels of %i points on %i points: every %i-th', (count, width, label, every) => {
    expect(labelEvery(count, width, label)).toBe(every);
  });
});
