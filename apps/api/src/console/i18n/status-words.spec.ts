import {
  LANGUAGES,
  Language,
  REQUEST_STATUSES,
  REQUEST_STATUS_WORDS,
  RequestStatus,
  statusInWords,
} from '@rightsdesk/domain';
import { DICTIONARIES } from '../../privacy-center/i18n/dictionaries';
import { STATUS_LABELS } from '../review/views/review-words';

/**
 * Every request status has words on every surface, from the one catalogue: an officer's label
 * in the console, the person's label on the status page in English and Spanish (a withdrawal's
 * own where it differs), and the officer's words inside a sentence. Never the code.
 */
describe('request status words', () => {
  const CODE = /^[a-z]+(_[a-z]+)+$|_/;
  const EVERY: Array<[Language, RequestStatus]> = LANGUAGES.flatMap((language) =>
    REQUEST_STATUSES.map((status): [Language, RequestStatus] => [language, status]),
  );

  it.each(EVERY)(
    '%s: %s has officer, sentence and person words, none of them a code',
    (language, status) => {
      const words = REQUEST_STATUS_WORDS[language][status];
      for (const text of [words.officer, words.inSentence, words.person]) {
        expect(text.trim()).not.toBe('');
        expect(text).not.toMatch(CODE);
      }
    },
  );

  it.each(REQUEST_STATUSES)('%s reads the same in the console as in the catalogue', (status) => {
    expect(STATUS_LABELS[status]).toBe(REQUEST_STATUS_WORDS.en[status].officer);
    expect(statusInWords(status)).toBe(REQUEST_STATUS_WORDS.en[status].inSentence);
  });

  it.each(EVERY)(
    '%s: %s reads to the person on the status page as in the catalogue',
    (language, status) => {
      const words = REQUEST_STATUS_WORDS[language][status];
      const pages = DICTIONARIES[language];
      expect(pages.statusLabels[status]).toBe(words.person);
      expect(pages.statusLabelsWithdrawal[status]).toBe(words.personWithdrawal);
    },
  );

  it('the person reads what happens to them, not the workflow: the labels differ where it matters', () => {
    expect(REQUEST_STATUS_WORDS.en.awaiting_review).toMatchObject({
      officer: 'Awaiting review',
      person: 'Being checked by our team',
    });
    expect(REQUEST_STATUS_WORDS.es.pending_verification.person).toBe(
      'Esperando a que confirme que es usted',
    );
  });
});
