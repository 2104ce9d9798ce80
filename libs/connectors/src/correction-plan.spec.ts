import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { mappedSystem, parseDataMap } from '@rightsdesk/data-map';
import { planCorrection } from './correction-plan';

const shop = mappedSystem(
  parseDataMap(readFileSync(resolve(__dirname, '../../../data-map/shop.v1.yaml'), 'utf8')),
  'shop',
);

describe(planCorrection.name, () => {
  it.each<[string, string[]]>([
    ['phone', ['customers']],
    ['first_name', ['customers']],
    ['display_name', ['customer_profiles']],
    ['postal_code', ['addresses']],
    ['reviewer_name', ['product_reviews']],
  ])('writes %s to %j', (field, tables) => {
    const steps = planCorrection(shop, [{ field, value: 'new' }]);
    expect(steps.map((step) => step.table)).toEqual(tables);
    expect(steps.every((step) => step.field === field && step.value === 'new')).toBe(true);
  });

  it.each<[string, string]>([
    ['email', 'the identity the person is found by'],
    ['ship_name', 'an order snapshot kept as a record'],
    ['customer_id', 'a key'],
    ['password_hash', 'a withheld secret'],
    ['shoe_size', 'a column no table has'],
  ])('refuses %s (%s), naming it', (field) => {
    expect(() =>
      planCorrection(shop, [
        { field: 'phone', value: '+1' },
        { field, value: 'x' },
      ]),
    ).toThrow(
      `field "${field}" cannot be corrected: no table of system "shop" marks it correctable`,
    );
  });

  it('refuses the same field corrected twice', () => {
    expect(() =>
      planCorrection(shop, [
        { field: 'phone', value: '+1' },
        { field: 'phone', value: '+2' },
      ]),
    ).toThrow('field "phone" is corrected twice');
  });
});
