import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { mappedSystem, parseDataMap } from '@rightsdesk/data-map';
import { planErasure } from './erasure-plan';

const shop = mappedSystem(
  parseDataMap(readFileSync(resolve(__dirname, '../../../data-map/shop.v1.yaml'), 'utf8')),
  'shop',
);

describe(planErasure.name, () => {
  const plan = planErasure(shop);
  const stepOf = (table: string) => plan.find((step) => step.table === table);

  it.each<[string, string, Record<string, string>]>([
    [
      'customers',
      'deidentify',
      {
        login: 'hash',
        email: 'hash',
        password_hash: 'mask',
        first_name: 'mask',
        last_name: 'mask',
        phone: 'set_null',
        last_login_at: 'set_null',
      },
    ],
    ['orders', 'retain', { ship_name: 'mask', ship_line1: 'mask' }],
    ['order_items', 'retain', {}],
    ['payments', 'retain', {}],
    ['marketing_subscriptions', 'delete', {}],
  ])('%s: %s, changing %j', (table, action, rules) => {
    const step = stepOf(table);
    expect(step?.action).toBe(action);
    const fields = step && step.action !== 'delete' ? step.fields : [];
    expect(Object.fromEntries(fields.map((field) => [field.column, field.rule]))).toEqual(rules);
  });

  it('covers every linked table once, kept tables before any deletion', () => {
    expect(plan.map((step) => step.table).sort()).toEqual(
      Object.keys(shop.tables)
        .filter((table) => table !== 'products')
        .sort(),
    );
    const firstDelete = plan.findIndex((step) => step.action === 'delete');
    expect(plan.slice(firstDelete).every((step) => step.action === 'delete')).toBe(true);
    expect(plan.slice(0, firstDelete).map((step) => step.table)).toEqual([
      'customers',
      'orders',
      'order_items',
      'payments',
    ]);
  });

  it('carries the legal exception of a retained table into the plan', () => {
    expect(stepOf('orders')).toMatchObject({
      action: 'retain',
      period: 'P7Y',
      legalBasis: expect.stringContaining('26 U.S.C. 6001'),
      reason: expect.stringContaining('sales records'),
    });
  });

  it('refuses a linked table without an erasure rule', () => {
    const { erasure: _none, ...feedback } = shop.tables.feedback ?? { fields: {} };
    const system = { ...shop, tables: { ...shop.tables, feedback: { ...feedback } } };
    expect(() => planErasure(system as typeof shop)).toThrow(
      'table "feedback" is linked to people but has no erasure rule',
    );
  });
});
