import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { noticeTemplate } from '../notice-catalogue';
import { NoticeContent } from '../notice-content';
import { LetterFontCoverageError } from './letter-font';
import { letterLayout } from './letter-layout';
import { Letterhead, LetterMeta, renderLetter, renderLetters } from './render-letter';

const letterhead: Letterhead = {
  companyName: 'Example Shop',
  addressLines: ['6114 La Salle Ave Ste 133', 'Oakland CA 94611'],
  contactEmail: 'privacy@example.com',
};
const recipient = {
  name: 'Zoë Ångström-Núñez',
  line1: '12 Rue de l’Église',
  city: 'Montréal',
  region: 'QC',
  postalCode: 'H2X 1Y4',
  country: 'CA',
};
const meta: LetterMeta = {
  reference: 'RD-7K3M-Q9XD',
  date: '2026-11-30',
  language: 'en',
  paperSize: 'letter',
};
const content = noticeTemplate(
  'access_completed',
  'en',
)({
  reference: 'RD-7K3M-Q9XD',
  receivedOn: '2026-11-25',
  companyName: 'Example Shop',
  contactEmail: 'privacy@example.com',
  datasets: [{ label: 'Browsing sessions', rows: 3012 }],
});

/** The PDF as text (poppler's pdftotext), optionally only what lies in a box of page 1. */
function textOf(pdf: Buffer, box?: { x: number; y: number; width: number; height: number }) {
  const dir = mkdtempSync(join(tmpdir(), 'letter-'));
  try {
    writeFileSync(join(dir, 'letter.pdf'), pdf);
    const crop = box
      ? ['-f', '1', '-l', '1', '-x', `${Math.floor(box.x)}`, '-y', `${Math.floor(box.y)}`].concat([
          '-W',
          `${Math.ceil(box.width)}`,
          '-H',
          `${Math.ceil(box.height)}`,
        ])
      : [];
    return execFileSync('pdftotext', [...crop, join(dir, 'letter.pdf'), '-'], {
      encoding: 'utf8',
    }).replace(/[ \t]*\n[ \t]*(?=\S)/g, (match) => (box ? match : ' '));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function qpdfCheck(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'letter-'));
  try {
    writeFileSync(join(dir, 'letter.pdf'), pdf);
    return execFileSync('qpdf', ['--check', join(dir, 'letter.pdf')], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe(renderLetter.name, () => {
  it('puts the address, with its accents, where a #10 envelope window shows it', async () => {
    const pdf = await renderLetter(content, letterhead, recipient, meta);
    const window = textOf(pdf, letterLayout('letter').addressWindow);
    expect(window).toContain('Zoë Ångström-Núñez');
    expect(window).toContain('12 Rue de l’Église');
    expect(window).toContain('Montréal QC H2X 1Y4');
    expect(window).toContain('CANADA');
    expect(window).not.toContain('Example Shop');
  });

  it('carries the letterhead, date, reference, body and table, and passes qpdf --check', async () => {
    const pdf = await renderLetter(content, letterhead, recipient, meta);
    const text = textOf(pdf);
    expect(text).toContain('Example Shop');
    expect(text).toContain('6114 La Salle Ave Ste 133');
    expect(text).toContain('Date: 30 November 2026');
    expect(text).toContain('Reference: RD-7K3M-Q9XD');
    expect(text).toContain('Your data access request RD-7K3M-Q9XD is complete');
    expect(text).toContain('We found 3,012 records about you');
    expect(text).toMatch(/Browsing sessions\s+3,012/);
    expect(text).toContain('page 1 of 1');
    expect(qpdfCheck(pdf)).toContain('No syntax or stream encoding errors');
  });

  it('numbers every page of a long letter "page X of Y"', async () => {
    const long: NoticeContent = {
      ...content,
      paragraphs: Array.from(
        { length: 14 },
        (_, i) => `Paragraph ${i + 1}. ${'Lorem ipsum dolor sit amet. '.repeat(12)}`,
      ),
    };
    const pdf = await renderLetter(long, letterhead, recipient, meta);
    const text = textOf(pdf);
    expect(text).toContain('page 1 of 2');
    expect(text).toContain('page 2 of 2');
    expect(text).toContain('Paragraph 14.');
  });

  it('never breaks a table row across pages, however long its value', async () => {
    const rows = Array.from({ length: 24 }, (_, i): [string, string] => [
      `Dataset ${i + 1}`,
      `Kept for 7 years: the sales record that tax law requires us to keep, row ${i + 1}`,
    ]);
    const pdf = await renderLetter(
      { ...content, table: { headings: ['Where we keep it', 'What we did'], rows } },
      letterhead,
      recipient,
      meta,
    );
    // pdftotext separates pages with a form feed: each row's label and value share a page.
    const pages = textOf(pdf).split('\f');
    expect(pages.length).toBeGreaterThan(1);
    for (let i = 1; i <= rows.length; i += 1) {
      const page = pages.find((text) => new RegExp(`Dataset ${i}\\b`).test(text));
      expect({ row: i, value: page?.includes(`row ${i}`) }).toEqual({ row: i, value: true });
    }
  });

  it('prints Greek and Cyrillic names and Spanish words with the embedded font, on A4', async () => {
    const spanish = noticeTemplate(
      'request_expired',
      'es',
    )({
      reference: 'RD-AAAA-BBBB',
      receivedOn: '2026-11-01',
      companyName: 'Example Shop',
      contactEmail: 'privacy@example.com',
    });
    const pdf = await renderLetter(
      spanish,
      letterhead,
      {
        name: 'Ελένη Παπαδοπούλου / Дмитрий Иванов',
        line1: 'Calle Mayor 1',
        city: 'Madrid',
        postalCode: '28013',
        country: 'ES',
      },
      { ...meta, language: 'es', paperSize: 'a4' },
    );
    const window = textOf(pdf, letterLayout('a4').addressWindow);
    expect(window).toContain('Ελένη Παπαδοπούλου / Дмитрий Иванов');
    expect(window).toContain('28013 Madrid');
    expect(window).toContain('SPAIN');
    const text = textOf(pdf);
    expect(text).toContain('Fecha: 30 de noviembre de 2026');
    expect(text).toContain('página 1 de 1');
    expect(qpdfCheck(pdf)).toContain('No syntax or stream encoding errors');
  });

  it('refuses a name its font cannot print rather than printing empty boxes', async () => {
    await expect(
      renderLetter(content, letterhead, { ...recipient, name: '山田太郎' }, meta),
    ).rejects.toBeInstanceOf(LetterFontCoverageError);
  });
});

describe(renderLetters.name, () => {
  it('starts every letter on a fresh sheet for duplex printing, after a cover sheet', async () => {
    const long: NoticeContent = {
      ...content,
      paragraphs: Array.from({ length: 14 }, () => 'Lorem ipsum dolor sit amet. '.repeat(12)),
    };
    const batch = await renderLetters(
      [
        { content, letterhead, recipient, meta },
        { content: long, letterhead, recipient, meta },
        { content, letterhead, recipient, meta },
      ],
      { duplex: true, cover: { lines: ['Print batch', '3 letters'] } },
    );
    expect(batch.starts).toEqual([3, 5, 7]);
    expect(batch.pages).toBe(8);
    expect(qpdfCheck(batch.pdf)).toContain('No syntax or stream encoding errors');
  });
});
