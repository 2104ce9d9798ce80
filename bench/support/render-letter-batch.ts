import 'reflect-metadata';
import { createWriteStream, readFileSync, statSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import { performance } from 'node:perf_hooks';
import PDFDocument from 'pdfkit';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { LETTER_FONTS, LetterInput, PrintQueue } from '@rightsdesk/notices';
import { benchPrintQueue } from './print-queue';
import { dataSourceOptions, openFromBytes } from '@rightsdesk/persistence';

/**
 * Child process of the letters benchmark. LETTER_RENDER=batch: the print queue's writeBatchPdf
 * for BATCH_ID (cover sheet, duplex), streamed to OUT_PATH. LETTER_RENDER=plain:
 * the baseline, the same letters' sealed inputs read and opened, their text written with pdfkit
 * as plain paragraphs in the same font, streamed to OUT_PATH. Prints one JSON line: time,
 * pages, bytes, and memory sampled every 50 ms plus the kernel's high-water mark (VmHWM).
 * Env: DATABASE_URL, LETTER_KEY (hex), BATCH_ID, OUT_PATH, LETTER_RENDER.
 */
const env = process.env as Record<string, string>;
const MB = 1024 * 1024;

async function main(): Promise<void> {
  const key = Buffer.from(env.LETTER_KEY, 'hex');
  const dataSource = await new DataSource(dataSourceOptions(env.DATABASE_URL)).initialize();
  try {
    global.gc?.(); // with --expose-gc: what is held before the render, not garbage yet to collect
    const before = process.memoryUsage();
    const peak = { rss: before.rss, heapUsed: before.heapUsed };
    const sampler = setInterval(() => {
      const now = process.memoryUsage();
      peak.rss = Math.max(peak.rss, now.rss);
      peak.heapUsed = Math.max(peak.heapUsed, now.heapUsed);
    }, 50);
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const pages =
      env.LETTER_RENDER === 'batch'
        ? await renderBatch(await benchPrintQueue(dataSource, key), env.BATCH_ID, env.OUT_PATH)
        : await renderPlain(env.DATABASE_URL, key, env.BATCH_ID, env.OUT_PATH);
    const ms = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    clearInterval(sampler);
    const result = {
      ms,
      pages,
      bytes: statSync(env.OUT_PATH).size,
      rssBeforeMb: before.rss / MB,
      peakRssMb: peak.rss / MB,
      heapBeforeMb: before.heapUsed / MB,
      peakHeapMb: peak.heapUsed / MB,
      highWaterRssMb: highWaterRssKb() / 1024,
      cpuMs: (cpu.user + cpu.system) / 1000,
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await dataSource.destroy();
  }
}

/** The product's path: writeBatchPdf streams the batch as it draws it, here to a file. */
async function renderBatch(queue: PrintQueue, batchId: string, path: string): Promise<number> {
  const out = createWriteStream(path);
  const printed = await queue.writeBatchPdf(batchId, true, out);
  await finished(out);
  return printed.pages;
}

/** The baseline: each letter's words on a fresh page, no layout, streamed as pdfkit writes. */
async function renderPlain(
  databaseUrl: string,
  key: Buffer,
  batchId: string,
  path: string,
): Promise<number> {
  const pool = new Pool({ connectionString: databaseUrl, max: 1 });
  const { rows } = await pool.query<{ id: string; sealed_input: Buffer }>(
    'SELECT id, sealed_input FROM letters WHERE batch_id = $1 ORDER BY created_at',
    [batchId],
  );
  await pool.end();
  const doc = new PDFDocument({ autoFirstPage: false, size: 'LETTER' });
  const out = doc.pipe(createWriteStream(path));
  doc.registerFont('regular', LETTER_FONTS.regular);
  doc.font('regular').fontSize(10.5);
  let pages = 0;
  doc.on('pageAdded', () => (pages += 1));
  for (const row of rows) {
    const input = JSON.parse(
      openFromBytes(key, `${row.id}:input`, row.sealed_input).toString('utf8'),
    ) as LetterInput;
    const { content, recipient } = input;
    doc.addPage();
    for (const text of [
      [recipient.name, recipient.line1, recipient.line2, recipient.city, recipient.postalCode]
        .filter(Boolean)
        .join(', '),
      content.subject,
      content.greeting,
      ...content.paragraphs,
      ...(content.table ? [content.table.headings, ...content.table.rows] : []).map((cells) =>
        cells.join(': '),
      ),
      content.closing,
    ]) {
      doc.text(text, { paragraphGap: 7 });
    }
  }
  doc.end();
  await finished(out);
  return pages;
}

/** VmHWM from /proc/self/status: the most this process ever held resident, per the kernel. */
function highWaterRssKb(): number {
  const line = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
  return Number(line?.[1] ?? 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
