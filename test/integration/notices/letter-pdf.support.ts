import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type request from 'supertest';

/** The PDF's text page by page (poppler's pdftotext; pages end with a form feed). */
export function pagesOf(pdf: Buffer): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'batch-'));
  try {
    writeFileSync(join(dir, 'batch.pdf'), pdf);
    const text = execFileSync('pdftotext', [join(dir, 'batch.pdf'), '-'], { encoding: 'utf8' });
    return text.split('\f').slice(0, -1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function qpdfCheck(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'batch-'));
  try {
    writeFileSync(join(dir, 'batch.pdf'), pdf);
    return execFileSync('qpdf', ['--check', join(dir, 'batch.pdf')], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Collects a supertest response's body as bytes (for PDFs). */
export const binary = (
  response: request.Response,
  done: (error: Error | null, body: Buffer) => void,
) => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => done(null, Buffer.concat(chunks)));
};
