import { NoticeContent } from '../notice-content';
import { addressLines } from './letter-address';
import { LetterFontCoverageError } from './letter-font';
import { LetterInput } from './letter-input';
import { LetterLayout } from './letter-layout';
import { letterWords } from './letter-words';

export function drawLetter(
  doc: PDFKit.PDFDocument,
  input: LetterInput,
  layout: LetterLayout,
): void {
  const { content, letterhead, recipient, meta } = input;
  const words = letterWords(meta.language);
  doc.addPage({ size: layout.sheet, margins: layout.margins });
  const left = layout.margins.left;
  const width = bodyWidth(doc);

  doc.font('bold').fontSize(14).fillColor('#111111');
  doc.text(letterhead.companyName, left, layout.margins.top, { width });
  doc.font('regular').fontSize(8.5).fillColor('#444444');
  doc.text([...letterhead.addressLines, letterhead.contactEmail].join('  ·  '), { width });

  if (layout.returnLine) {
    const { x, y, width: lineWidth } = layout.returnLine;
    doc.fontSize(7).text([letterhead.companyName, ...letterhead.addressLines].join(', '), x, y, {
      width: lineWidth,
      lineBreak: false,
      ellipsis: true,
    });
  }
  // Delivery address: 10 pt, the smallest size USPS recommends for machine reading.
  const window = layout.addressWindow;
  doc.font('regular').fontSize(10).fillColor('#000000');
  doc.text(addressLines(recipient, meta.homeCountry ?? 'US').join('\n'), window.x, window.y, {
    width: window.width,
    height: window.height,
    lineGap: 0,
  });

  const info = layout.infoBlock;
  doc.fontSize(9).fillColor('#111111');
  doc.text(words.dated(meta.date), info.x, info.y, {
    width: info.width,
  });
  doc.text(words.reference(meta.reference), { width: info.width });

  for (const y of layout.foldMarks) {
    doc.moveTo(14, y).lineTo(26, y).lineWidth(0.4).strokeColor('#999999').stroke();
  }

  doc.font('bold').fontSize(11).fillColor('#000000');
  doc.text(content.subject, left, layout.bodyTop, { width });
  doc.moveDown(0.8).font('regular').fontSize(10.5);
  const paragraph = (text: string) => doc.text(text, left, doc.y, { width, paragraphGap: 7 });
  paragraph(content.greeting);
  content.paragraphs.slice(0, 2).forEach(paragraph);
  if (content.table) drawTable(doc, content.table, layout);
  content.paragraphs.slice(2).forEach(paragraph);
  paragraph(content.closing);
}

function drawTable(
  doc: PDFKit.PDFDocument,
  table: NonNullable<NoticeContent['table']>,
  layout: LetterLayout,
): void {
  const left = layout.margins.left;
  const width = bodyWidth(doc);
  // Values can be sentences (what was kept and why), so they get the wider column.
  const labelWidth = width * 0.42;
  const valueWidth = width - labelWidth;
  const row = ([label, value]: readonly [string, string], font: 'regular' | 'bold') => {
    doc.font(font).fontSize(10);
    // A row is as tall as its taller cell, so a wrapped value never breaks across pages.
    const height =
      Math.max(
        doc.heightOfString(label, { width: labelWidth - 8 }),
        doc.heightOfString(value, { width: valueWidth }),
        12,
      ) + 6;
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) {
      doc.addPage({ size: layout.sheet, margins: layout.margins });
    }
    const top = doc.y;
    doc.text(label, left, top + 3, { width: labelWidth - 8 });
    doc.text(value, left + labelWidth, top + 3, { width: valueWidth });
    doc
      .moveTo(left, top + height)
      .lineTo(left + width, top + height)
      .lineWidth(0.4)
      .strokeColor('#bbbbbb')
      .stroke();
    doc.x = left;
    doc.y = top + height;
  };
  doc.moveDown(0.3);
  row(table.headings, 'bold');
  for (const entry of table.rows) row(entry, 'regular');
  doc.moveDown(1).font('regular').fontSize(10.5);
  doc.x = left;
}

/** "Reference RD-… · page X of Y" at the foot of every page of one letter. */
export function drawFooters(
  doc: PDFKit.PDFDocument,
  start: number,
  end: number,
  { meta }: LetterInput,
): void {
  const words = letterWords(meta.language);
  for (let index = start; index < end; index += 1) {
    doc.switchToPage(index);
    const bottom = doc.page.margins.bottom;
    // Writing inside the bottom margin would otherwise start a new page.
    doc.page.margins.bottom = 0;
    doc.font('regular').fontSize(8).fillColor('#444444');
    doc.text(
      words.footer(meta.reference, index - start + 1, end - start),
      doc.page.margins.left,
      doc.page.height - bottom / 2 - 4,
      { width: bodyWidth(doc), align: 'center', lineBreak: false },
    );
    doc.page.margins.bottom = bottom;
  }
}

/** Refuses a letter its font cannot print, rather than sending empty boxes in a name. */
export function assertCovered(
  doc: PDFKit.PDFDocument,
  { content, recipient, letterhead }: LetterInput,
) {
  doc.font('regular');
  const font = (
    doc as unknown as { _font: { font: { hasGlyphForCodePoint(cp: number): boolean } } }
  )._font.font;
  const text = [
    JSON.stringify(content),
    ...Object.values(recipient),
    letterhead.companyName,
    ...letterhead.addressLines,
  ].join(' ');
  const missing = new Set<string>();
  for (const character of text) {
    const codePoint = character.codePointAt(0) ?? 0;
    if (codePoint >= 0x20 && !/\s/.test(character) && !font.hasGlyphForCodePoint(codePoint)) {
      missing.add(character);
    }
  }
  if (missing.size > 0) throw new LetterFontCoverageError([...missing]);
}

export function bodyWidth(doc: PDFKit.PDFDocument): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}
