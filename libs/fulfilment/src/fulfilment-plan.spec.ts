import { planFulfilment } from './fulfilment-plan';

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
});
