import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { privacyLawsMarkdown } from '@rightsdesk/domain';

const DOCS = join(__dirname, '../../docs/privacy-laws.md');

/** The table as the repository's formatter writes it, so `format:check` and this spec agree. */
function formatted(markdown: string): string {
  const prettier = require.resolve('prettier/bin/prettier.cjs');
  return execFileSync(process.execPath, [prettier, '--stdin-filepath', DOCS], {
    input: markdown,
    encoding: 'utf8',
  });
}

describe('docs/privacy-laws.md', () => {
  it('lists every law with the very figures the clocks run on', () => {
    const expected = formatted(privacyLawsMarkdown());
    if (process.env.UPDATE_DOCS === '1') writeFileSync(DOCS, expected);
    expect(readFileSync(DOCS, 'utf8')).toBe(expected);
  });
});
