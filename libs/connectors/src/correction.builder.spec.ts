import { buildCorrectionCheck, buildCorrectionUpdate } from './correction.builder';

describe(buildCorrectionUpdate.name, () => {
  it('writes the value as a parameter, only where it differs', () => {
    expect(buildCorrectionUpdate('customers', 'id', 'phone', ['1'], "+1'; DROP")).toEqual({
      text: 'UPDATE "customers" SET "phone" = $2 WHERE "id" = ANY($1) AND "phone" IS DISTINCT FROM $2',
      values: [['1'], "+1'; DROP"],
    });
  });
});

describe(buildCorrectionCheck.name, () => {
  it('counts the rows that do not hold the value', () => {
    expect(buildCorrectionCheck('customers', 'id', 'phone', ['1'], '+1').text).toBe(
      'SELECT count(*) AS "count" FROM "customers" WHERE "id" = ANY($1) AND "phone" IS DISTINCT FROM $2',
    );
  });
});
