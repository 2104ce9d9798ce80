import PDFDocument from 'pdfkit';
import { LETTER_FONTS, assertLetterFontsInstalled } from '@rightsdesk/notices';
import { drawChart } from './pdf-chart';
import type { ReportCell, ReportDocument, ReportTable } from './report-document';
import { shortTimeIn } from '@rightsdesk/messages';

/** Rows beyond this make a PDF nobody reads; CSV and JSON carry any number. */
export const PDF_MAX_ROWS = 5000;

const MARGIN = 40;
const FONT_SIZE = 8;
const CELL_PADDING = 3;
const INK = '#1a1a1a';
const RULE = '#999999';

/**
 * The report as a PDF: US Letter landscape, DejaVu Sans embedded (the letters' font, so any
 * accented name prints), title and facts, how the figures were counted, charts drawn with pdfkit
 * primitives, the tables (headings repeated on every page) and "page X of Y" at each foot.
 */
export async function renderReportPdf(report: ReportDocument, generatedAt: Date): Promise<Buffer> {
  assertLetterFontsInstalled();
  const doc = new PDFDocument({
    size: 'LETTER',
    layout: 'landscape',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    lang: 'en',
    info: { Title: report.title, Subject: report.facts.map(([k, v]) => `${k}: ${v}`).join('; ') },
  });
  const done = collect(doc);
  doc.registerFont('regular', LETTER_FONTS.regular);
  doc.registerFont('bold', LETTER_FONTS.bold);
  const width = doc.page.width - 2 * MARGIN;

  doc.font('bold').fontSize(16).fillColor(INK).text(report.title, { width });
  doc.moveDown(0.3);
  for (const [label, value] of report.facts) {
    doc.font('bold').fontSize(9).text(`${label}: `, { continued: true, width });
    doc.font('regular').text(value);
  }
  if (report.notes.length > 0) {
    doc.moveDown(0.5);
    for (const note of report.notes) {
      doc.font('regular').fontSize(8).fillColor('#333333').text(note, { width });
      doc.moveDown(0.2);
    }
  }
  doc.fillColor(INK);
  for (const chart of report.charts) drawChart(doc, chart, width);
  for (const table of report.tables) drawTable(doc, table, width);

  // In the zone the report's dates are in, named, never a bare UTC "Z" time.
  const zone = report.timeZone ?? 'UTC';
  const generatedTime = `${shortTimeIn(generatedAt, 'en', zone)} (${zone})`;
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    const bottom = doc.page.margins.bottom;
    // Writing inside the bottom margin would otherwise start a new page.
    doc.page.margins.bottom = 0;
    doc
      .font('regular')
      .fontSize(7)
      .fillColor('#555555')
      .text(
        `${report.title} · generated ${generatedTime} · page ${index + 1} of ${range.count}`,
        MARGIN,
        doc.page.height - bottom / 2 - 4,
        { width, align: 'center', lineBreak: false },
      );
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}

function drawTable(doc: PDFKit.PDFDocument, table: ReportTable, width: number): void {
  ensureRoom(doc, 60);
  doc.moveDown(0.8);
  doc.font('bold').fontSize(10).fillColor(INK).text(table.title, MARGIN, doc.y, { width });
  doc.moveDown(0.3);
  if (table.rows.length === 0) {
    doc
      .font('regular')
      .fontSize(FONT_SIZE)
      .text('Nothing in this period.', MARGIN, doc.y, { width });
    return;
  }
  const widths = columnWidths(doc, table, width);
  const drawRow = (cells: string[], bold: boolean) => {
    doc.font(bold ? 'bold' : 'regular').fontSize(FONT_SIZE);
    // A row is as tall as its tallest cell, so a wrapped value never splits across pages.
    const height =
      Math.max(
        ...cells.map((cell, i) =>
          doc.heightOfString(cell, { width: widths[i] - 2 * CELL_PADDING }),
        ),
      ) +
      2 * CELL_PADDING;
    if (doc.y + height > doc.page.height - MARGIN) {
      doc.addPage();
      if (!bold) drawRow(header, true);
      doc.font(bold ? 'bold' : 'regular').fontSize(FONT_SIZE);
    }
    const top = doc.y;
    if (bold) doc.rect(MARGIN, top, width, height).fill('#e8e8e8');
    let x = MARGIN;
    cells.forEach((cell, i) => {
      doc.fillColor(INK).text(cell, x + CELL_PADDING, top + CELL_PADDING, {
        width: widths[i] - 2 * CELL_PADDING,
        align: table.columns[i].numeric ? 'right' : 'left',
      });
      x += widths[i];
    });
    doc
      .moveTo(MARGIN, top + height)
      .lineTo(MARGIN + width, top + height)
      .lineWidth(0.3)
      .strokeColor(RULE)
      .stroke();
    doc.x = MARGIN;
    doc.y = top + height;
  };
  const header = table.columns.map((column) => column.label);
  drawRow(header, true);
  for (const row of table.rows)
    drawRow(
      table.columns.map((column) => cellText(row[column.key])),
      false,
    );
}

/**
 * Columns share the width by their relative weights, but none is narrower than the longest
 * word of its heading (so "Received" never breaks inside the word); the columns that had to
 * grow take their extra from the others, in proportion to those columns' weights.
 */
function columnWidths(doc: PDFKit.PDFDocument, table: ReportTable, width: number): number[] {
  doc.font('bold').fontSize(FONT_SIZE);
  const least = table.columns.map(
    (column) =>
      Math.max(...column.label.split(/\s+/).map((word) => doc.widthOfString(word))) +
      2 * CELL_PADDING +
      1,
  );
  const weights = table.columns.map((column) => column.width ?? 1);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const fixed = weights.map((weight, i) => (weight / total) * width < least[i]);
  const fixedWidth = least.reduce((sum, w, i) => sum + (fixed[i] ? w : 0), 0);
  const freeWeight = weights.reduce((sum, weight, i) => sum + (fixed[i] ? 0 : weight), 0);
  return weights.map((weight, i) =>
    fixed[i] ? least[i] : Math.max(least[i], (weight / freeWeight) * (width - fixedWidth)),
  );
}

function cellText(value: ReportCell): string {
  if (value === null) return '–';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toFixed(1);
  return value;
}

function ensureRoom(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
