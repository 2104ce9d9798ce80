import { checkCatalogue } from '@rightsdesk/messages';
import { NOTICE_WORDS } from '../notice-words';

describe('NOTICE_WORDS', () => {
  it('has every message in English and Spanish, and each parses and formats', () => {
    expect(NOTICE_WORDS.languages().sort()).toEqual(['en', 'es']);
    expect(checkCatalogue(NOTICE_WORDS)).toEqual([]);
  });

  it('counts in each language’s own way', () => {
    expect(NOTICE_WORDS.format('en', 'access_completed.found', { total: 3013 })).toContain(
      'We found 3,013 records',
    );
    expect(NOTICE_WORDS.format('en', 'access_completed.found', { total: 1 })).toContain(
      'We found 1 record about you',
    );
    expect(NOTICE_WORDS.format('es', 'access_completed.found', { total: 3013 })).toContain(
      'Encontramos 3013 registros',
    );
  });
});
