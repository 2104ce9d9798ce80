import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { correctionRules } from './correction-rules';
import { parseDataMap } from './load-data-map';

const shopMap = () =>
  parseDataMap(readFileSync(resolve(__dirname, '../../../data-map/shop.v1.yaml'), 'utf8'));

describe(correctionRules.name, () => {
  it("lists the shop's correctable fields and never an email, a password or an order", () => {
    const { correctableFields } = correctionRules(shopMap());
    expect(correctableFields).toEqual(
      expect.arrayContaining(['first_name', 'last_name', 'phone', 'line1', 'postal_code']),
    );
    for (const locked of ['email', 'password_hash', 'order_number', 'total_cents']) {
      expect(correctableFields).not.toContain(locked);
    }
  });

  it('knows which data point a corrected column disputes (regs 7060)', () => {
    const { dataPointOf } = correctionRules(shopMap());
    expect(dataPointOf).toMatchObject({
      first_name: 'name',
      last_name: 'name',
      phone: 'phone',
      line1: 'postal_address',
      postal_code: 'postal_address',
      order_number: 'last_order_number',
    });
    expect(dataPointOf.bio).toBeUndefined();
  });
});
