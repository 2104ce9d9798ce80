import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkCatalogue } from '@rightsdesk/messages';
import { html } from '@rightsdesk/html';
import { CONSOLE_WORDS, say, sayHtml, wordsFor } from './console-words';

const CONSOLE = join(__dirname, '..');

/** Every source of the console that may say words to staff (all but the catalogue and specs). */
function viewSources(): string[] {
  const files = readdirSync(CONSOLE, { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.ts') && !file.startsWith('i18n/') && !file.endsWith('.spec.ts'),
  );
  return files.map((file) => readFileSync(join(CONSOLE, file), 'utf8'));
}

/**
 * The keys the views name: `say('a.b')`, `sayHtml('a.b', …)`, a string that is a key where
 * the view picks one (`'a.b'`), and prefixes they complete from a code
 * (`say(\`a.${code}\`)`, `wordsFor('a.', CODES)`).
 */
function keysNamed(sources: readonly string[]) {
  const keys = new Set<string>();
  const prefixes = new Set<string>();
  const known = new Set(CONSOLE_WORDS.keys('en'));
  for (const source of sources) {
    for (const [, key] of source.matchAll(/'([a-zA-Z]+(?:\.[a-zA-Z_]+)+)'/g)) {
      if (known.has(key)) keys.add(key);
    }
    for (const [, key] of source.matchAll(/\bsay(?:Html)?\(\s*'([^']+)'/g)) keys.add(key);
    for (const [, prefix] of source.matchAll(/`([a-zA-Z]+(?:\.[a-zA-Z_]+)*\.)\$\{/g)) {
      prefixes.add(prefix);
    }
    for (const [, prefix] of source.matchAll(/wordsFor\(\s*'([^']+)'/g)) prefixes.add(prefix);
  }
  return { keys, prefixes };
}

describe('CONSOLE_WORDS', () => {
  it('holds every message in each language, and each parses and formats', () => {
    expect(CONSOLE_WORDS.languages()).toEqual(['en']);
    expect(checkCatalogue(CONSOLE_WORDS)).toEqual([]);
  });

  it('reads a message without arguments exactly as written (no quote eaten as an ICU escape)', () => {
    const plain = CONSOLE_WORDS.keys('en').filter(
      (key) => !/[{}]/.test(CONSOLE_WORDS.source('en', key)),
    );
    for (const key of plain)
      expect(CONSOLE_WORDS.format('en', key)).toBe(CONSOLE_WORDS.source('en', key));
  });

  it('holds every key a view names, and no message that no view says', () => {
    const { keys, prefixes } = keysNamed(viewSources());
    const catalogue = CONSOLE_WORDS.keys('en');
    expect([...keys].filter((key) => !catalogue.includes(key))).toEqual([]);
    const unsaid = catalogue.filter(
      (key) => !keys.has(key) && ![...prefixes].some((prefix) => key.startsWith(prefix)),
    );
    expect(unsaid).toEqual([]);
  });

  it('counts with the words shown before, and keeps the number as written', () => {
    expect(say('request.found.tries', { attempts: 2 })).toBe('(2 tries)');
    expect(say('dataMap.issuesHeading', { count: 1 })).toBe('What is wrong (1 issue)');
    expect(say('dataMap.issuesHeading', { count: 1200 })).toBe('What is wrong (1200 issues)');
  });

  it('escapes the words around markup and keeps the markup it is given', () => {
    const page = sayHtml('layout.signedInAs', {
      name: html`<strong>Ada &lt;A&gt;</strong>`,
      role: 'Admin & <co>',
    }).toString();
    expect(page).toBe('Signed in as <strong>Ada &lt;A&gt;</strong> (Admin &amp; &lt;co&gt;)');
  });

  it('reads the words of a closed list of codes', () => {
    expect(wordsFor('urgency.', ['overdue', 'due_soon'] as const)).toEqual({
      overdue: 'Overdue',
      due_soon: 'Due soon',
    });
  });
});
