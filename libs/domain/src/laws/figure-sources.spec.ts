import { figureSourcesOf } from './figure-sources';
import { PRIVACY_LAW_LIST } from './law-table';
import type { FigureSource, PrivacyLaw } from './privacy-law';

/** The US state laws whose figures the docs account for one by one (the CCPA has its own regs). */
const STATE_LAWS = PRIVACY_LAW_LIST.filter((law) => law.family === 'us_state' && law.id !== 'ccpa');

const SPELLED: Record<number, string> = { 45: 'forty-five', 60: 'sixty', 90: 'ninety' };
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Whether a statute's sentence names `days`, in figures or in words ("sixty (60) days"). */
function namesDays(words: string, days: number): boolean {
  return new RegExp(`\\b(${days}|${SPELLED[days] ?? days})\\b`, 'i').test(words);
}

/** Whether `words` give the day as an American statute or agency writes it: "January 15, 2025" or "1/15/2025". */
function namesDay(words: string, date: string): boolean {
  const [year, month, day] = date.split('-').map(Number);
  return (
    words.includes(`${MONTHS[month - 1]} ${day}, ${year}`) ||
    words.includes(`${month}/${day}/${year}`)
  );
}

const quoted = (law: PrivacyLaw) =>
  figureSourcesOf(law.id).filter(
    (s): s is Extract<FigureSource, { words: string }> => 'words' in s,
  );
const withoutSlash = (url: string | undefined) => url?.replace(/\/$/, '');

describe('where the figures of the US state laws come from', () => {
  describe.each(STATE_LAWS.map((law) => [law.id, law] as const))('%s', (_id, law) => {
    it('says where its answer clock, its appeal clock (where it has one) and its complaint page come from', () => {
      const figures = figureSourcesOf(law.id).map((s) => s.figure);
      expect(figures).toContain('answer');
      expect(figures).toContain('complaints');
      expect(figures.includes('appeal')).toBe(law.appeal !== undefined);
    });

    it('quotes only words that hold the very figure the table gives beside them', () => {
      for (const source of quoted(law)) {
        const { figure, words } = source;
        if (figure === 'answer') {
          expect(namesDays(words, law.respond.period.amount)).toBe(true);
          const extension = law.respond.extension?.period.amount;
          if (extension) expect(namesDays(words, extension)).toBe(true);
        }
        if (figure === 'appeal') expect(namesDays(words, law.appeal!.period.amount)).toBe(true);
        if (figure === 'in_force') expect(namesDay(words, law.inForceFrom!)).toBe(true);
        if (figure === 'complaints') {
          expect(withoutSlash(source.source.url)).toBe(
            withoutSlash(law.authorities[0].complaintUrl),
          );
        }
      }
    });
  });
});
