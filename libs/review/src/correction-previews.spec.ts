import { chooseRows, type CorrectionPreview } from './correction-previews';

const preview = (overrides: Partial<CorrectionPreview>): CorrectionPreview => ({
  index: 0,
  system: 'shop',
  table: 'addresses',
  record: { by: 'kind', value: 'shipping' },
  changes: { line1: '59 Riverside' },
  columns: ['kind', 'line1'],
  rows: [],
  suggested: [],
  error: null,
  words: { record: { dataset: 'Your saved addresses' }, fields: {}, rows: [] },
  ...overrides,
});
const row = (key: string) => ({ key, current: { kind: 'shipping', line1: `${key} Street` } });

describe(chooseRows.name, () => {
  it('takes the one record the person named when the officer did not narrow it', () => {
    expect(chooseRows([preview({ rows: [row('7')], suggested: ['7'] })], undefined)).toEqual({
      ok: true,
      rows: [['7']],
    });
  });

  it('changes only the rows the officer left ticked, and never a key that was not found', () => {
    const found = preview({ rows: [row('7'), row('8')] });
    expect(chooseRows([found], [['8', '99']])).toEqual({ ok: true, rows: [['8']] });
  });

  it('asks the person when nothing matches, or several match and nobody chose', () => {
    expect(chooseRows([preview({ rows: [] })], undefined)).toEqual({
      ok: false,
      unmatched: [{ index: 0, found: 'none' }],
    });
    expect(chooseRows([preview({ rows: [row('7'), row('8')] })], [])).toEqual({
      ok: false,
      unmatched: [{ index: 0, found: 'several' }],
    });
  });
});
