import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import PDFDocument from 'pdfkit';
import { NoticeContent } from '../notice-content';
import { assertCovered, bodyWidth, drawFooters, drawLetter } from './draw-letter';
import { LetterRecipient } from './letter-address';
import { LETTER_FONTS, assertLetterFontsInstalled } from './letter-font';
import { BatchCover, LetterInput, LetterMeta, Letterhead, RenderedPdf } from './letter-input';
import { PaperSize, letterLayout } from './letter-layout';

export * from './letter-input';

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
