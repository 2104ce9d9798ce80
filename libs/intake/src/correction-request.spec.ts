import { DomainError } from '@rightsdesk/domain';
import type { CorrectableDataset } from '@rightsdesk/data-map';
import { resolveCorrections } from './correction-request';

const DATASETS: CorrectableDataset[] = [
  { system: 'shop', table: 'customers', fields: ['first_name', 'phone'], together: [] },
  {
    system: 'shop',
    table: 'addresses',
    fields: ['line1', 'city', 'postal_code'],
    namedBy: { column: 'kind', kinds: ['home', 'billing', 'shipping'] },
    together: [['line1', 'city', 'postal_code']],
  },
];

const refusal = (input: Parameters<typeof resolveCorrections>[0]) => {
  try {
    resolveCorrections(input, DATASETS);
  } catch (error) {
    return (error as DomainError).fields;
  }
  throw new Error('expected a refusal');
};

describe(resolveCorrections.name, () => {
  it('keeps a plain field of a one-row dataset working, grouped by table', () => {
    expect(
      resolveCorrections(
        [
          { field: 'phone', value: '+1 510 555 0199' },
          { field: 'first_name', value: 'Ana' },
        ],
        DATASETS,
      ),
    ).toEqual([
      {
        system: 'shop',
        table: 'customers',
        record: null,
        changes: { phone: '+1 510 555 0199', first_name: 'Ana' },
      },
    ]);
  });

  it('keeps the billing address named by its kind, with only the fields given', () => {
    expect(
      resolveCorrections(
        [
          {
            dataset: 'addresses',
            record: { by: 'kind', value: 'billing' },
            changes: { line1: '59 Riverside', city: '' },
          },
        ],
        DATASETS,
      ),
    ).toEqual([
      {
        system: 'shop',
        table: 'addresses',
        record: { by: 'kind', value: 'billing' },
        changes: { line1: '59 Riverside' },
      },
    ]);
  });

  it.each([
    [
      'an address line without saying which address',
      [{ field: 'line1', value: '59 Riverside' }],
      'corrections.0.field',
    ],
    [
      'an address with no record named',
      [{ dataset: 'addresses', changes: { line1: '59 Riverside' } }],
      'corrections.0.record',
    ],
    [
      'a kind of address that does not exist',
      [
        {
          dataset: 'addresses',
          record: { by: 'kind' as const, value: 'holiday' },
          changes: { line1: 'x' },
        },
      ],
      'corrections.0.record.value',
    ],
    [
      'a field the dataset does not let anyone correct',
      [{ dataset: 'customers', changes: { email: 'x@example.org' } }],
      'corrections.0.changes.email',
    ],
    [
      'an unknown dataset',
      [{ dataset: 'orders', changes: { total: '1' } }],
      'corrections.0.dataset',
    ],
  ])('refuses %s, saying where', (_what, input, path) => {
    expect(refusal(input).map((problem) => problem.path)).toContain(path);
  });
});
