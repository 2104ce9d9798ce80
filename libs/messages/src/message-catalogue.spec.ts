import { checkCatalogue } from './catalogue-check';
import { MessageCatalogue } from './message-catalogue';

const catalogue = new MessageCatalogue<'en' | 'es'>(
  {
    en: {
      tries: '{tries, plural, one {# try left} other {# tries left}}',
      on: 'On {day, date, long}',
      greet: 'Hello {name}',
    },
    es: {
      tries: '{tries, plural, one {queda # intento} other {quedan # intentos}}',
      on: 'El {day, date, long}',
    },
  },
  { en: 'en-US', es: 'es-ES' },
);

describe(MessageCatalogue.name, () => {
  it('formats plurals and dates by the rules of each language', () => {
    expect(catalogue.format('en', 'tries', { tries: 1 })).toBe('1 try left');
    expect(catalogue.format('en', 'tries', { tries: 2 })).toBe('2 tries left');
    expect(catalogue.format('es', 'tries', { tries: 1 })).toBe('queda 1 intento');
    const day = new Date('2026-11-25T12:00:00Z');
    expect(catalogue.format('en', 'on', { day })).toBe('On November 25, 2026');
    expect(catalogue.format('es', 'on', { day })).toBe('El 25 de noviembre de 2026');
  });

  it('keeps one formatter per message', () => {
    expect(catalogue.formatter('en', 'tries')).toBe(catalogue.formatter('en', 'tries'));
  });

  it('refuses a key it does not hold', () => {
    expect(() => catalogue.format('es', 'greet')).toThrow('No message "greet"');
  });
});

describe(checkCatalogue.name, () => {
  it('reports a key missing in a language and a message that does not parse', () => {
    const broken = new MessageCatalogue<'en' | 'es'>(
      { en: { a: 'A {x}', b: 'B {oops' }, es: { a: 'A {x}' } },
      { en: 'en-US', es: 'es-ES' },
    );
    const problems = checkCatalogue(broken);
    expect(problems).toContainEqual({ language: 'es', key: 'b', problem: 'missing' });
    expect(problems.some((problem) => problem.language === 'en' && problem.key === 'b')).toBe(true);
    expect(checkCatalogue(catalogue)).toEqual([
      { language: 'es', key: 'greet', problem: 'missing' },
    ]);
  });
});
