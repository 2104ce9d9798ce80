import type { ErasureReceipt } from '@rightsdesk/connectors';
import type { MappedSystem } from '@rightsdesk/data-map';
import { erasureResult } from './erasure-result';

const system = {
  name: 'shop',
  tables: {
    customers: { fields: { email: { erasure: 'hash' }, id: { erasure: 'keep' } } },
    sessions: { fields: {} },
    orders: { fields: { ship_name: { erasure: 'mask' }, total: {} } },
  },
} as unknown as MappedSystem;

const receipt = (deleted: number, deidentified: number, retained: number): ErasureReceipt => ({
  system: 'shop',
  tables: [
    {
      table: 'customers',
      action: 'deidentify',
      rowsDeleted: 0,
      rowsDeidentified: deidentified,
      rowsRetained: 0,
      fieldsChanged: deidentified ? ['email'] : [],
    },
    {
      table: 'sessions',
      action: 'delete',
      rowsDeleted: deleted,
      rowsDeidentified: 0,
      rowsRetained: 0,
      fieldsChanged: [],
    },
    {
      table: 'orders',
      action: 'retain',
      rowsDeleted: 0,
      rowsDeidentified: 0,
      rowsRetained: retained,
      fieldsChanged: [],
      reason: 'tax law',
    },
  ],
});
const planned = { customers: 1, sessions: 40, orders: 3 };

describe(erasureResult.name, () => {
  it('keeps the receipt of a run that did the erasure', () => {
    const first = receipt(40, 1, 3);
    expect(erasureResult(system, planned, first)).toEqual({ ...first, recoveredAfterCrash: false });
  });

  it('restores the first run from what was found before it, after a crash between commit and record', () => {
    const result = erasureResult(system, planned, receipt(0, 0, 3));
    expect(result.recoveredAfterCrash).toBe(true);
    expect(result.tables).toEqual([
      expect.objectContaining({
        table: 'customers',
        rowsDeidentified: 1,
        fieldsChanged: ['email'],
      }),
      expect.objectContaining({ table: 'sessions', rowsDeleted: 40, fieldsChanged: [] }),
      expect.objectContaining({
        table: 'orders',
        rowsRetained: 3,
        fieldsChanged: ['ship_name'],
        reason: 'tax law',
      }),
    ]);
  });

  it('reports nothing for a person the source never held', () => {
    const none = receipt(0, 0, 0);
    const result = erasureResult(system, { customers: 0, sessions: 0, orders: 0 }, none);
    expect(result).toEqual({ ...none, recoveredAfterCrash: false });
  });
});
