import { deadlineSentence } from './deadline-sentence';
import { responseDueDate } from './due-date';
import { dueDateAfterAnswer, informationClockOf } from './information-clock';
import { extendDueDate } from './request-extension';

const LA = 'America/Los_Angeles';
const RECEIVED = new Date('2026-11-25T17:00:00Z');
const ASKED = new Date('2026-12-01T17:00:00Z');
const ANSWERED = new Date('2026-12-08T17:00:00Z');

describe(dueDateAfterAnswer.name, () => {
  it.each([
    // [regime, due before, due after the answer a week after the question]
    ['uk_gdpr', '2026-12-25', '2027-01-01'],
    ['gdpr', '2026-12-25', '2026-12-25'],
    ['ccpa', '2027-01-09', '2027-01-09'],
    ['vcdpa', '2027-01-09', '2027-01-09'],
    ['cpa', '2027-01-09', '2027-01-09'],
  ] as const)('%s: due %s, after the answer due %s', (regime, before, after) => {
    const due = responseDueDate(regime, RECEIVED, LA);
    expect(due.dueOn).toBe(before);
    const moved = dueDateAfterAnswer(due, { askedAt: ASKED, answerReceivedAt: ANSWERED }, LA);
    expect(moved.dueOn).toBe(after);
    expect(informationClockOf(regime).paused).toBe(before !== after);
  });

  it('adds each wait to the last, and tells the person why in their language', () => {
    const due = responseDueDate('uk_gdpr', RECEIVED, LA);
    const once = dueDateAfterAnswer(due, { askedAt: ASKED, answerReceivedAt: ANSWERED }, LA);
    const twice = dueDateAfterAnswer(
      once,
      {
        askedAt: new Date('2026-12-10T17:00:00Z'),
        answerReceivedAt: new Date('2026-12-13T17:00:00Z'),
      },
      LA,
    );
    expect(twice.dueOn).toBe('2027-01-04');
    expect(twice.basis.paused).toEqual({ days: 10, citation: 'UK GDPR Art. 12A' });
    expect(twice.explanation).toContain('plus 10 days waiting for information asked for');
    expect(deadlineSentence(twice, 'en')).toEqual({
      sentence: 'We will answer by 4 January 2027.',
      rule: expect.stringContaining(
        'The 10 days between our question and your answer are not counted (UK GDPR Art. 12A).',
      ),
    });
    expect(deadlineSentence(twice, 'es').rule).toContain(
      'No se cuentan los 10 días entre nuestra pregunta y su respuesta',
    );
  });

  it('counts the days on the company calendar: an answer the same day moves nothing', () => {
    const due = responseDueDate('uk_gdpr', RECEIVED, LA);
    const sameDay = new Date('2026-12-01T23:00:00Z');
    expect(dueDateAfterAnswer(due, { askedAt: ASKED, answerReceivedAt: sameDay }, LA)).toBe(due);
  });

  it('keeps the pause when the deadline is later extended', () => {
    const due = responseDueDate('uk_gdpr', RECEIVED, LA);
    const moved = dueDateAfterAnswer(due, { askedAt: ASKED, answerReceivedAt: ANSWERED }, LA);
    const extended = extendDueDate(
      { status: 'awaiting_review', due: moved },
      { reason: 'many systems', noticeGivenAt: ANSWERED },
      LA,
    );
    expect(extended.dueOn).toBe('2027-03-01');
    expect(extended.basis.paused?.days).toBe(7);
  });
});
