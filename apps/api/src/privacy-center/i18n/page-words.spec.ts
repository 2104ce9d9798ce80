import { checkCatalogue } from '@rightsdesk/messages';
import { DICTIONARIES } from './dictionaries';
import { PAGE_WORDS } from './page-words';

describe('PAGE_WORDS', () => {
  it('has every message in English and Spanish, and each parses and formats', () => {
    expect(PAGE_WORDS.languages().sort()).toEqual(['en', 'es']);
    expect(checkCatalogue(PAGE_WORDS)).toEqual([]);
  });

  it('builds the pages’ words, with plurals by each language’s rules', () => {
    expect(DICTIONARIES.en.verify.wrongCode(1)).toBe(
      'That code is not right. You have 1 try left.',
    );
    expect(DICTIONARIES.en.verify.attemptsLeft(2)).toBe('You have 2 tries left.');
    expect(DICTIONARIES.es.verify.attemptsLeft(1)).toBe('Le queda 1 intento.');
    expect(DICTIONARIES.es.verify.attemptsLeft(3)).toBe('Le quedan 3 intentos.');
    expect(DICTIONARIES.en.status.progressOurRecords(null)).toBe('All our records');
    expect(DICTIONARIES.es.requestForm.deletePoints).toHaveLength(
      DICTIONARIES.en.requestForm.deletePoints.length,
    );
  });
});
