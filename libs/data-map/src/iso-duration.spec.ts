import { parseIsoDuration } from './iso-duration';

describe(parseIsoDuration.name, () => {
  it.each([
    ['P7Y', { years: 7 }],
    ['P13M', { months: 13 }],
    ['P1Y6M', { years: 1, months: 6 }],
    ['P90D', { days: 90 }],
    ['P2W', { weeks: 2 }],
    ['PT24H', { hours: 24 }],
    ['P1DT12H30M5S', { days: 1, hours: 12, minutes: 30, seconds: 5 }],
  ])('reads %s', (text, parts) => {
    expect(parseIsoDuration(text)).toEqual({
      years: 0,
      months: 0,
      weeks: 0,
      days: 0,
      hours: 0,
      minutes: 0,
      seconds: 0,
      ...parts,
    });
  });

  it.each(['', 'P', 'PT', 'P1DT', '7 years', 'p7y', 'P1.5Y', 'P1Y2W', 'P-1Y', '7Y'])(
    'rejects %j',
    (text) => {
      expect(parseIsoDuration(text)).toBeNull();
    },
  );
});
