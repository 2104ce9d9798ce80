import { deadlineSentence } from './deadline-sentence';
import { appealDueDate, responseDueDate } from './due-date';
import { extendDueDate } from './request-extension';

const LA = 'America/Los_Angeles';
const MADRID = 'Europe/Madrid';

describe(deadlineSentence.name, () => {
  const received = new Date('2026-12-07T10:00:00Z');

  it('promises the GDPR date as a sentence, with the rule on its own', () => {
    const due = responseDueDate('gdpr', received, MADRID);
    expect(deadlineSentence(due, 'en')).toEqual({
      sentence: 'We will answer by 7 January 2027.',
      rule: 'The law gives us one month from the day we received your request, 7 December 2026 (GDPR Art. 12(3)).',
    });
    expect(deadlineSentence(due, 'es')).toEqual({
      sentence: 'Le responderemos a más tardar el 7 de enero de 2027.',
      rule: 'La ley nos da un mes desde el día en que recibimos su solicitud, el 7 de diciembre de 2026 (RGPD Art. 12(3)).',
    });
  });

  it('says the new date after an extension, and why the law allows it', () => {
    const due = responseDueDate('gdpr', received, MADRID);
    const extended = extendDueDate(
      { status: 'in_progress', due, extended: false },
      { reason: 'many systems', noticeGivenAt: new Date('2026-12-20T10:00:00Z') },
      MADRID,
    );
    expect(deadlineSentence(extended, 'en')).toEqual({
      sentence: 'We now expect to answer by 7 March 2027.',
      rule: 'The law lets us take a further 2 months when we tell you why before the first date, 7 January 2027 (GDPR Art. 12(3)).',
    });
    expect(deadlineSentence(extended, 'es').sentence).toBe(
      'Ahora prevemos responderle a más tardar el 7 de marzo de 2027.',
    );
  });

  it('names an appeal as an appeal, in days', () => {
    const due = appealDueDate('tdpsa', new Date('2026-11-25T17:00:00Z'), LA);
    expect(deadlineSentence(due, 'en').sentence).toBe(
      'We will decide your appeal by 24 January 2027.',
    );
    expect(deadlineSentence(due, 'es').rule).toContain(
      '60 días desde el día en que recibimos su apelación',
    );
  });
});
