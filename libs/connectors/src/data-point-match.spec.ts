import {
  matchOutcome,
  nameMatches,
  normaliseText,
  orderNumberMatches,
  phoneMatches,
  postalAddressMatches,
} from './data-point-match';

describe('data point matching', () => {
  it.each<[string, string, (string | null)[], boolean]>([
    ['same name', 'Maria Kowalski', ['Maria', 'Kowalski'], true],
    ['case and spacing', '  maria   KOWALSKI ', ['Maria', 'Kowalski'], true],
    ['accents and hyphen dropped', 'Zoe Angstrom Nunez', ['Zoë', 'Ångström-Núñez'], true],
    ['apostrophe dropped', 'Grace OMalley', ['Grace', "O'Malley"], true],
    ['family name first', '山田 太郎', ['太郎', '山田'], true],
    ['written without a space', '山田太郎', ['太郎', '山田'], true],
    ['Greek with and without tonos', 'ελενη παπαδοπουλου', ['Ελένη', 'Παπαδοπούλου'], true],
    ['one letter apart', 'Jon Smith', ['John', 'Smith'], false],
    ['other household member', 'Piotr Kowalski', ['Maria', 'Kowalski'], false],
    ['first name only', 'Maria', ['Maria', 'Kowalski'], false],
    ['nothing held', 'Maria Kowalski', [null, null], false],
  ])('name: %s', (_case, stated, held, expected) => {
    expect(nameMatches(stated, held)).toBe(expected);
  });

  it.each<[string, string, string, boolean]>([
    ['same number', '+12175550187', '+12175550187', true],
    ['national format against international', '(217) 555-0187', '+1 217 555 0187', true],
    ['00 prefix', '0034 612 345 678', '+34612345678', true],
    ['trunk zero', '020 7946 0958', '+44 20 7946 0958', true],
    ['different number', '+12175550166', '+12175550187', false],
    ['too short to tell', '0187', '+12175550187', false],
    ['suffix of a much longer number', '5550187', '+12175550187', false],
  ])('phone: %s', (_case, stated, held, expected) => {
    expect(phoneMatches(stated, held)).toBe(expected);
  });

  it.each<[string, string, string, boolean]>([
    ['same number', 'SO-202400017', 'SO-202400017', true],
    ['copied with a hash, spaces and lower case', '# so-2024 00017', 'SO-202400017', true],
    ['another order', 'SO-202400018', 'SO-202400017', false],
    ['too short to mean anything', '17', '17', false],
  ])('order number: %s', (_case, stated, held, expected) => {
    expect(orderNumberMatches(stated, held)).toBe(expected);
  });

  it.each<[string, { line1: string; postalCode: string }, boolean]>([
    ['same address', { line1: '47 Willow Lane', postalCode: '62704' }, true],
    ['case, punctuation and spaces', { line1: '47, willow  LANE', postalCode: ' 62704 ' }, true],
    ['other postal code', { line1: '47 Willow Lane', postalCode: '62705' }, false],
    ['other street', { line1: '49 Willow Lane', postalCode: '62704' }, false],
  ])('postal address: %s', (_case, stated, expected) => {
    expect(postalAddressMatches(stated, { line1: '47 Willow Lane', postalCode: '62704' })).toBe(
      expected,
    );
  });

  it('normalises text for comparison', () => {
    expect(normaliseText('Calle de Núñez de Balboa 17, 3º B')).toBe(
      'calle de nunez de balboa 17 3o b',
    );
  });

  it.each<[string, unknown, string[], string]>([
    ['not stated', undefined, ['x'], 'not_provided'],
    ['stated blank', '  ', ['x'], 'not_provided'],
    ['nothing held', 'x', [], 'not_held'],
    ['held and equal', 'x', ['y', 'x'], 'matched'],
    ['held and different', 'x', ['y'], 'not_matched'],
  ])('outcome: %s', (_case, stated, held, expected) => {
    expect(matchOutcome(stated, held, (value) => value === stated)).toBe(expected);
  });
});
