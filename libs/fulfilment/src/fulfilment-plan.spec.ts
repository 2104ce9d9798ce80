import { planFulfilment, type FulfilmentSource } from './fulfilment-plan';

describe(planFulfilment.name, () => {
  const systems = ['shop', 'analytics'];

  it.each([
    ['access', [{ action: 'access', source: 'all' }]],
    [
      'delete',
      [
        { action: 'erase', source: 'shop' },
        { action: 'erase', source: 'analytics' },
      ],
    ],
    [
      'correct',
      [
        { action: 'correct', source: 'shop' },
        { action: 'correct', source: 'analytics' },
      ],
    ],
    [
      'withdraw_consent',
      [
        { action: 'withdraw_consent', source: 'shop' },
        { action: 'withdraw_consent', source: 'analytics' },
      ],
    ],
    ['appeal', []],
  ])('plans a %s request as one step per source and action', (type, expected) => {
    expect(planFulfilment(type, systems)).toEqual(expected);
  });

  describe('with a processor told by webhook and a paper archive done by hand', () => {
    const sources: FulfilmentSource[] = [
      { name: 'shop' },
      { name: 'mailer', actions: ['erase', 'correct', 'withdraw_consent'] },
      { name: 'letters', actions: ['erase'] },
    ];

    it.each([
      [
        'delete',
        [
          { action: 'erase', source: 'shop' },
          { action: 'erase', source: 'mailer' },
          { action: 'erase', source: 'letters' },
        ],
      ],
      [
        'correct',
        [
          { action: 'correct', source: 'shop' },
          { action: 'correct', source: 'mailer' },
        ],
      ],
      [
        'withdraw_consent',
        [
          { action: 'withdraw_consent', source: 'shop' },
          { action: 'withdraw_consent', source: 'mailer' },
        ],
      ],
      // The access package is built from the databases; recipients are named in it, not asked.
      ['access', [{ action: 'access', source: 'all' }]],
      ['appeal', []],
    ])('a %s request gets a step only where the map lists the action', (type, expected) => {
      expect(planFulfilment(type, sources)).toEqual(expected);
    });
  });
});
