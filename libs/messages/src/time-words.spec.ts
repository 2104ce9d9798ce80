import { dateInWords, isTimeZone, shortTimeIn, timeWithZone, zoneInWords } from './time-words';

describe('time words', () => {
  const winter = new Date('2027-01-07T13:05:00Z');
  const summer = new Date('2027-07-07T12:05:00Z');

  it.each([
    ['en', '2027-01-07', '7 January 2027'],
    ['es', '2027-01-07', '7 de enero de 2027'],
    ['en', '2027-03-07', '7 March 2027'],
    ['es', '2027-03-07', '7 de marzo de 2027'],
  ])('says the calendar day in words (%s %s)', (language, day, words) => {
    expect(dateInWords(day, language)).toBe(words);
  });

  it('takes the day of an instant in the zone it is given', () => {
    const lateInLosAngeles = new Date('2027-01-08T02:00:00Z');
    expect(dateInWords(lateInLosAngeles, 'en', 'America/Los_Angeles')).toBe('7 January 2027');
    expect(dateInWords(lateInLosAngeles, 'en', 'Europe/Madrid')).toBe('8 January 2027');
  });

  it.each([
    [
      'en',
      winter,
      'Europe/Madrid',
      '7 January 2027, 14:05 Central European Standard Time (Europe/Madrid)',
    ],
    [
      'en',
      summer,
      'Europe/Madrid',
      '7 July 2027, 14:05 Central European Summer Time (Europe/Madrid)',
    ],
    [
      'en',
      winter,
      'America/Los_Angeles',
      '7 January 2027, 05:05 Pacific Standard Time (America/Los_Angeles)',
    ],
    ['en', winter, 'UTC', '7 January 2027, 13:05 Coordinated Universal Time (UTC)'],
    [
      'es',
      winter,
      'Europe/Madrid',
      '7 de enero de 2027, 14:05, hora estándar de Europa central (Europe/Madrid)',
    ],
    [
      'es',
      winter,
      'America/Los_Angeles',
      '7 de enero de 2027, 05:05, hora estándar del Pacífico (America/Los_Angeles)',
    ],
  ])('says a time with its zone named (%s, %s, %s)', (language, at, zone, words) => {
    expect(timeWithZone(at, language, zone)).toBe(words);
  });

  it('names a zone for a "dates in" line, in words and by its IANA name', () => {
    expect(zoneInWords('America/Los_Angeles', 'en')).toBe('Pacific Time (America/Los_Angeles)');
    expect(zoneInWords('Europe/Madrid', 'es')).toBe('hora de Europa central (Europe/Madrid)');
    expect(zoneInWords('UTC', 'en')).toBe('Coordinated Universal Time (UTC)');
  });

  it('accepts only IANA zone names', () => {
    expect(isTimeZone('Europe/Madrid')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('')).toBe(false);
    expect(isTimeZone(42)).toBe(false);
  });

  it('writes a table time in the zone named above it, without a UTC "Z"', () => {
    expect(shortTimeIn(winter, 'en', 'America/Los_Angeles')).toBe('7 Jan 2027, 05:05');
    expect(shortTimeIn(winter, 'en', 'Europe/Madrid')).toBe('7 Jan 2027, 14:05');
  });
});
