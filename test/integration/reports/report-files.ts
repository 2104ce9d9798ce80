import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** RFC 4180: records end in CRLF, fields may be quoted, "" is a quote inside a quoted field. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 1;
    } else if (char === '\n') throw new Error(`bare LF at ${i}: not RFC 4180`);
    else field += char;
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || record.length > 0) throw new Error('last record not CRLF-terminated');
  return records;
}

function withFile<T>(pdf: Buffer, run: (path: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'report-pdf-'));
  try {
    writeFileSync(join(dir, 'report.pdf'), pdf);
    return run(join(dir, 'report.pdf'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** qpdf --check's verdict (throws when qpdf finds errors: it exits non-zero). */
export function qpdfCheck(pdf: Buffer): string {
  return withFile(pdf, (path) => execFileSync('qpdf', ['--check', path], { encoding: 'utf8' }));
}

/** The PDF's text as poppler reads it, laid out as on the page. */
export function pdfText(pdf: Buffer): string {
  return withFile(pdf, (path) =>
    execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }),
  );
}
