import { personTimeZone, residenceTimeZone } from './person-time-zone';

describe(personTimeZone.name, () => {
  it.each([
    [
      'the zone the browser sent',
      { timeZone: 'Atlantic/Canary', residenceCountry: 'ES' },
      'Atlantic/Canary',
    ],
    [
      'the residence’s zone without one',
      { timeZone: null, residenceCountry: 'ES' },
      'Europe/Madrid',
    ],
    ['a US state’s zone', { residenceCountry: 'US', residenceRegion: 'tx' }, 'America/Chicago'],
    [
      'the company’s for a country of many zones',
      { residenceCountry: 'US' },
      'America/Los_Angeles',
    ],
    ['the company’s when nothing is known', {}, 'America/Los_Angeles'],
  ])('gives %s', (_, person, zone) => {
    expect(personTimeZone(person, 'America/Los_Angeles')).toBe(zone);
  });

  it('knows no zone for a place it cannot tell', () => {
    expect(residenceTimeZone('BR')).toBeUndefined();
    expect(residenceTimeZone(null)).toBeUndefined();
  });
});
