import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import PDFDocument from 'pdfkit';
import { NoticeContent } from '../notice-content';
import { LetterRecipient, addressLines } from './letter-address';
import { LETTER_FONTS, LetterFontCoverageError, assertLetterFontsInstalled } from './letter-font';
import { LetterLayout, PaperSize, letterLayout } from './letter-layout';
import { letterDate, letterWords } from './letter-words';

/** The company as a letter shows it: from COMPANY_NAME, COMPANY_POSTAL_ADDRESS and the contact. */
export interface Letterhead {
  companyName: string;
  addressLines: readonly string[];
  contactEmail: string;
}

export interface LetterMeta {
  reference: string;
  /** The letter's date, YYYY-MM-DD in the company's time zone. */
  date: string;
  language: string;
  paperSize: PaperSize;
  /** Letters to this country omit the country line. */
  homeCountry?: string;
}

/** Everything a letter is drawn from; stored (sealed) so a print batch can draw it again. */
export interface LetterInput {
  content: NoticeContent;
  letterhead: Letterhead;
  recipient: LetterRecipient;
  meta: LetterMeta;
}

export interface RenderedPdf {
  pdf: Buffer;
  pages: number;
  /** The 1-based page each letter starts on. */
  starts: number[];
}

export interface BatchCover {
  lines: string[];
}

/** One letter as a print-ready PDF. Pure but for reading the font files. */
export async function renderLetter(
  content: NoticeContent,
  letterhead: Letterhead,
  recipient: LetterRecipient,
  meta: LetterMeta,
): Promise<Buffer> {
  return (await renderLetters([{ content, letterhead, recipient, meta }])).pdf;
}

/**
 * Letters in one PDF, in memory: one letter's file, a preview. With `duplex`, each starts on a
 * fresh sheet. Print batches use streamLetters instead, which holds one letter at a time.
 */
export async function renderLetters(
  letters: LetterInput[],
  options: { duplex?: boolean; cover?: BatchCover } = {},
): Promise<RenderedPdf> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const printed = await streamLetters(letters, sink, options);
  return { pdf: Buffer.concat(chunks), ...printed };
}

// Past this much unread output, the printer waits for the destination before the next letter.
const OUTPUT_HIGH_WATER = 1 << 20;

/**
 * Letters drawn one at a time into `out` (an HTTP response, a file): each letter's pages are
 * numbered and flushed before the next is drawn, and the printer waits whenever `out` is slow,
 * so a batch of any size holds one letter in memory, not the batch. With `duplex`, a letter with
 * an odd page count is followed by a blank page and an optional cover takes a sheet of its own.
 * Resolves when `out` has taken the last byte.
 */
export async function streamLetters(
  letters: Iterable<LetterInput> | AsyncIterable<LetterInput>,
  out: Writable,
  options: { duplex?: boolean; cover?: BatchCover; paperSize?: PaperSize; title?: string } = {},
): Promise<{ pages: number; starts: number[] }> {
  assertLetterFontsInstalled();
  let finished: Promise<void> | undefined;
  const open = (first: LetterInput | undefined, single: boolean): PDFKit.PDFDocument => {
    const layout = letterLayout(first?.meta.paperSize ?? options.paperSize ?? 'letter');
    const created = new PDFDocument({
      size: layout.sheet,
      margins: layout.margins,
      autoFirstPage: false,
      bufferPages: true,
      lang: first?.meta.language,
      info: {
        Title: single && first ? first.content.subject : (options.title ?? 'Letters'),
        Author: first?.letterhead.companyName ?? '',
      },
    });
    created.registerFont('regular', LETTER_FONTS.regular);
    created.registerFont('bold', LETTER_FONTS.bold);
    finished = pipeline(created, out);
    return created;
  };
  let pages = 0;
  const starts: number[] = [];
  const padToSheet = (current: PDFKit.PDFDocument) => {
    const range = current.bufferedPageRange();
    if (options.duplex && (range.start + range.count) % 2 === 1) current.addPage();
  };
  const settle = async (current: PDFKit.PDFDocument) => {
    const range = current.bufferedPageRange();
    pages = range.start + range.count;
    current.flushPages();
    // pdfkit pushes without waiting: let the destination catch up before drawing more.
    while (current.readableLength > OUTPUT_HIGH_WATER && !out.destroyed) {
      await new Promise((resolve) => setImmediate(resolve));
    }
  };

  const items = Symbol.asyncIterator in letters ? letters : toAsync(letters);
  const iterator = (items as AsyncIterable<LetterInput>)[Symbol.asyncIterator]();
  let next = await iterator.next();
  const single = options.cover === undefined && !options.duplex;
  const doc = open(next.done ? undefined : next.value, single);
  try {
    if (options.cover) {
      doc.addPage();
      doc
        .font('bold')
        .fontSize(16)
        .text(options.cover.lines[0] ?? '', { width: bodyWidth(doc) });
      doc.moveDown(0.5).font('regular').fontSize(11);
      for (const line of options.cover.lines.slice(1)) doc.text(line, { width: bodyWidth(doc) });
      padToSheet(doc);
      await settle(doc);
    }
    while (!next.done) {
      const input = next.value;
      assertCovered(doc, input);
      const start = doc.bufferedPageRange().start + doc.bufferedPageRange().count;
      drawLetter(doc, input, letterLayout(input.meta.paperSize));
      const end = doc.bufferedPageRange().start + doc.bufferedPageRange().count;
      drawFooters(doc, start, end, input);
      starts.push(start + 1);
      padToSheet(doc);
      await settle(doc);
      next = await iterator.next();
    }
  } catch (error) {
    doc.end();
    out.destroy(error as Error);
    await finished?.catch(() => undefined);
    throw error;
  }
  doc.end();
  await finished;
  return { pages, starts };
}

async function* toAsync<T>(items: Iterable<T>): AsyncIterable<T> {
  yield* items;
}

function drawLetter(doc: PDFKit.PDFDocument, input: LetterInput, layout: LetterLayout): void {
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
  doc.text(`${words.date}: ${letterDate(meta.date, meta.language)}`, info.x, info.y, {
    width: info.width,
  });
  doc.text(`${words.reference}: ${meta.reference}`, { width: info.width });

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
function drawFooters(
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
      `${words.reference} ${meta.reference}  ·  ${words.page(index - start + 1, end - start)}`,
      doc.page.margins.left,
      doc.page.height - bottom / 2 - 4,
      { width: bodyWidth(doc), align: 'center', lineBreak: false },
    );
    doc.page.margins.bottom = bottom;
  }
}

/** Refuses a letter its font cannot print, rather than sending empty boxes in a name. */
function assertCovered(doc: PDFKit.PDFDocument, { content, recipient, letterhead }: LetterInput) {
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

function bodyWidth(doc: PDFKit.PDFDocument): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}
