import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LANGUAGES } from '@rightsdesk/domain';
import { NOTICE_KINDS } from './notice-catalogue';
import { PreviewCompany, renderNoticePreviews, writeNoticePreviews } from './notice-previews';

const company: PreviewCompany = {
  companyName: 'Example Shop',
  contactEmail: 'privacy@example.com',
  postalAddress: ['6114 La Salle Ave Ste 133', 'Oakland CA 94611'],
  paperSize: 'letter',
};

function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'preview-'));
  try {
    writeFileSync(join(dir, 'letter.pdf'), pdf);
    return execFileSync('pdftotext', [join(dir, 'letter.pdf'), '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe(renderNoticePreviews.name, () => {
  let files: Awaited<ReturnType<typeof renderNoticePreviews>>;

  beforeAll(async () => {
    files = await renderNoticePreviews(company);
  }, 60_000);

  it('renders an HTML email, a text email and a letter for every kind and language', () => {
    const expected = NOTICE_KINDS.flatMap((kind) =>
      LANGUAGES.flatMap((language) =>
        ['email.html', 'email.txt', 'letter.pdf'].map((form) => `${kind}.${language}.${form}`),
      ),
    );
    expect(files.map((file) => file.name).sort()).toEqual(expected.sort());
  });

  it('prints each letter with its reference, the accented name and a page number', () => {
    for (const file of files.filter((candidate) => candidate.name.endsWith('.pdf'))) {
      const text = pdfText(file.contents as Buffer);
      const spanish = file.name.includes('.es.');
      expect(text).toContain(spanish ? 'Referencia: RD-7K3M-Q9XD' : 'Reference: RD-7K3M-Q9XD');
      expect(text).toContain(spanish ? 'página 1 de' : 'page 1 of');
      expect(text).toContain('Zoë Ångström-Núñez');
    }
  });

  it('fills every fact, so no email shows a missing value', () => {
    for (const file of files.filter((candidate) => candidate.name.includes('.email.'))) {
      const text = (file.contents as string).replace(/\{\{(code|verify_url)\}\}/g, '');
      expect(text).not.toMatch(/\bundefined\b|\{\{/);
      expect(text).toContain('RD-7K3M-Q9XD');
    }
  });
});

describe(writeNoticePreviews.name, () => {
  it('writes the files into the directory, creating it, and lists them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'previews-'));
    try {
      const out = join(dir, 'notice-previews');
      const written = await writeNoticePreviews(out, { ...company, paperSize: 'a4' });
      expect(written).toHaveLength(NOTICE_KINDS.length * LANGUAGES.length * 3);
      expect(readdirSync(out).sort()).toEqual(
        written.map((path) => path.slice(out.length + 1)).sort(),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
