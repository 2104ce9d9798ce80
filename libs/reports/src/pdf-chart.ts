import {
  Box,
  CHART_COLOURS,
  barShapes,
  chartAxis,
  formatChartValue,
  labelEvery,
  lineSegments,
} from './chart-geometry';
import type { ReportChart } from './report-document';

const MARGIN = 40;
const INK = '#1a1a1a';

/**
 * A chart drawn with pdfkit primitives at the current position, a new page first when it would
 * not fit: title, legend, value axis with gridlines, bars (each with its value) or lines with
 * gaps for missing values, and category labels thinned out when they would overlap.
 */
export function drawChart(doc: PDFKit.PDFDocument, chart: ReportChart, width: number): void {
  const height = 190;
  if (doc.y + height + 30 > doc.page.height - MARGIN) doc.addPage();
  doc.moveDown(0.8);
  doc.font('bold').fontSize(10).fillColor(INK).text(chart.title, MARGIN, doc.y, { width });
  const top = doc.y + 4;
  const legendHeight = 14;
  const plot: Box = {
    x: MARGIN + 40,
    y: top + legendHeight,
    width: width - 50,
    height: height - 50,
  };
  const axis = chartAxis(chart);

  // Legend: a swatch and the series name, left to right.
  let legendX = plot.x;
  chart.series.forEach((series, index) => {
    doc.rect(legendX, top + 2, 8, 8).fill(CHART_COLOURS[index % CHART_COLOURS.length]);
    doc
      .font('regular')
      .fontSize(7)
      .fillColor(INK)
      .text(series.name, legendX + 11, top + 2, {
        lineBreak: false,
      });
    legendX += 11 + doc.widthOfString(series.name) + 14;
  });

  // Value axis with gridlines.
  doc.font('regular').fontSize(7);
  for (const tick of axis.ticks) {
    const y = plot.y + plot.height - (tick / axis.max) * plot.height;
    doc
      .moveTo(plot.x, y)
      .lineTo(plot.x + plot.width, y)
      .lineWidth(0.3)
      .strokeColor('#cccccc')
      .stroke();
    doc.fillColor(INK).text(formatChartValue(tick, chart.unit), MARGIN, y - 3, {
      width: 36,
      align: 'right',
      lineBreak: false,
    });
  }
  doc
    .moveTo(plot.x, plot.y)
    .lineTo(plot.x, plot.y + plot.height)
    .lineTo(plot.x + plot.width, plot.y + plot.height)
    .lineWidth(0.8)
    .strokeColor(INK)
    .stroke();

  if (chart.kind === 'bar') {
    for (const bar of barShapes(chart, plot, axis)) {
      if (bar.box.height > 0) {
        doc
          .rect(bar.box.x, bar.box.y, bar.box.width, bar.box.height)
          .fill(CHART_COLOURS[bar.series % CHART_COLOURS.length]);
      }
      // The value over its bar, where there is room for it.
      if (bar.box.width >= 10) {
        doc
          .font('regular')
          .fontSize(6)
          .fillColor(INK)
          .text(formatChartValue(bar.value, chart.unit), bar.box.x - 6, bar.box.y - 8, {
            width: bar.box.width + 12,
            align: 'center',
            lineBreak: false,
          });
      }
    }
  } else {
    lineSegments(chart, plot, axis).forEach((segments, series) => {
      const colour = CHART_COLOURS[series % CHART_COLOURS.length];
      for (const points of segments) {
        points.forEach((point, index) => {
          if (index === 0) doc.moveTo(point.x, point.y);
          else doc.lineTo(point.x, point.y);
        });
        if (points.length > 1) doc.lineWidth(1.5).strokeColor(colour).stroke();
        for (const point of points) doc.circle(point.x, point.y, 2).fill(colour);
      }
    });
  }
  doc.font('regular').fontSize(7);

  // Category labels, thinned out when they would overlap.
  const slot = plot.width / Math.max(1, chart.categories.length);
  const widest = Math.max(10, ...chart.categories.map((c) => doc.widthOfString(c) + 4));
  const every = labelEvery(chart.categories.length, plot.width, widest);
  chart.categories.forEach((category, index) => {
    if (index % every !== 0) return;
    doc.fillColor(INK).text(category, plot.x + index * slot, plot.y + plot.height + 3, {
      width: slot * every,
      align: every === 1 ? 'center' : 'left',
      lineBreak: false,
    });
  });
  doc.x = MARGIN;
  doc.y = plot.y + plot.height + 18;
  doc.fillColor(INK).strokeColor(INK).lineWidth(1);
}
