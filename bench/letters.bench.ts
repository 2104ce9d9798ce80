import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { DataSource } from 'typeorm';
import { dataSourceOptions, runMigrations } from '@rightsdesk/persistence';
import { freshBenchDatabase } from './support/bench-database';
import { benchPrintQueue } from './support/print-queue';
import { benchLetterInputs } from './support/letter-inputs';
import { queueBenchLetters } from './support/queued-letters';

export interface LettersBenchOptions {
  /** Rightsdesk's database: dropped and created again every run. */
  databaseUrl: string;
  letters: number;
  /** Where the two PDFs are written. */
  outDir: string;
  log?: (line: string) => void;
}

/** What one child process (bench/support/render-letter-batch.ts) measured. */
export interface LetterRender {
  ms: number;
  pages: number;
  bytes: number;
  rssBeforeMb: number;
  peakRssMb: number;
  heapBeforeMb: number;
  peakHeapMb: number;
  highWaterRssMb: number;
  /** CPU (user + system) the render process spent drawing. */
  cpuMs: number;
}

export interface LettersBenchResult {
  letters: number;
  batch: LetterRender & { path: string; lettersPerSecond: number; qpdfCheck: boolean };
  plain: LetterRender & { path: string };
  /** Batch time / plain paragraphs time. */
  ratio: number;
}

const ROOT = resolve(__dirname, '..');
const run = promisify(execFile);

/**
 * One print batch of `letters` queued letters, drawn by the print queue's batchPdf (cover sheet,
 * each letter from its sealed input on a fresh duplex sheet, letterhead, window address, table,
 * footers) in a child process whose memory is sampled, against the same letters' text written
 * by pdfkit as plain paragraphs in the same font, streamed to a file. The batch PDF must pass
 * qpdf --check.
 */
export async function runLettersBench(options: LettersBenchOptions): Promise<LettersBenchResult> {
  const log = options.log ?? (() => undefined);
  const key = randomBytes(32);
  await freshBenchDatabase(options.databaseUrl);
  await runMigrations(options.databaseUrl);
  await queueBenchLetters(options.databaseUrl, key, benchLetterInputs(options.letters));
  const dataSource = await new DataSource(dataSourceOptions(options.databaseUrl)).initialize();
  let batchId: string;
  try {
    batchId = (await (await benchPrintQueue(dataSource, key)).createBatch(undefined, 'bench')).id;
  } finally {
    await dataSource.destroy();
  }
  log(`${options.letters.toLocaleString('en-US')} letters queued and batched`);

  mkdirSync(options.outDir, { recursive: true });
  const env = {
    DATABASE_URL: options.databaseUrl,
    LETTER_KEY: key.toString('hex'),
    BATCH_ID: batchId,
  };
  const batchPath = resolve(options.outDir, 'letter-batch.pdf');
  const batch = await renderInChild({ ...env, LETTER_RENDER: 'batch', OUT_PATH: batchPath });
  log(`batch: ${describe(batch)}`);
  const plainPath = resolve(options.outDir, 'letter-plain.pdf');
  const plain = await renderInChild({ ...env, LETTER_RENDER: 'plain', OUT_PATH: plainPath });
  log(`plain paragraphs: ${describe(plain)}`);

  const qpdfCheck = await qpdfPasses(batchPath);
  log(`qpdf --check ${batchPath}: ${qpdfCheck ? 'pass' : 'FAIL'}`);
  return {
    letters: options.letters,
    batch: {
      ...batch,
      path: batchPath,
      lettersPerSecond: options.letters / (batch.ms / 1000),
      qpdfCheck,
    },
    plain: { ...plain, path: plainPath },
    ratio: batch.ms / plain.ms,
  };
}

async function renderInChild(env: Record<string, string>): Promise<LetterRender> {
  const child = spawn(
    process.execPath,
    [
      '--expose-gc',
      '-r',
      '@swc-node/register',
      resolve(__dirname, 'support/render-letter-batch.ts'),
    ],
    { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((done) => child.once('exit', done));
  if (code !== 0) throw new Error(`the letter render exited with ${code}: ${output}`);
  return JSON.parse(output.trim().split('\n').pop() ?? '{}') as LetterRender;
}

/** qpdf exits 0 when the file is clean, 3 with warnings, 2 with errors. */
async function qpdfPasses(path: string): Promise<boolean> {
  try {
    const { stdout } = await run('qpdf', ['--check', path], { maxBuffer: 64 * 1024 * 1024 });
    return stdout.includes('No syntax or stream encoding errors');
  } catch {
    return false;
  }
}

function describe(render: LetterRender): string {
  return (
    `${render.pages.toLocaleString('en-US')} pages, ${(render.bytes / 1024 / 1024).toFixed(1)} MB in ${render.ms.toFixed(0)} ms; ` +
    `RSS ${render.rssBeforeMb.toFixed(0)} MB before, peak ${render.peakRssMb.toFixed(0)} MB ` +
    `(+${(render.peakRssMb - render.rssBeforeMb).toFixed(0)} MB) (VmHWM ${render.highWaterRssMb.toFixed(0)} MB); ` +
    `heap ${render.heapBeforeMb.toFixed(0)} -> peak ${render.peakHeapMb.toFixed(0)} MB; CPU ${render.cpuMs.toFixed(0)} ms`
  );
}
