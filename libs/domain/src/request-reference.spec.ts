import { readRequestReference } from './request-reference';

describe(readRequestReference.name, () => {
  it.each([
    ['RD-7K3M-Q9XD', 'RD-7K3M-Q9XD'],
    [' rd-7k3m-q9xd ', 'RD-7K3M-Q9XD'],
    ['RD 7K3M Q9XD', 'RD-7K3M-Q9XD'],
    ['rd7k3mq9xd', 'RD-7K3M-Q9XD'],
    ['RD-OK3M-Q9XL', 'RD-0K3M-Q9X1'],
  ])('reads %j as %s', (typed, reference) => {
    expect(readRequestReference(typed)).toBe(reference);
  });

  it.each(['', 'RD-7K3M', 'RD-7K3M-Q9XD-1', 'XX-7K3M-Q9XD', 'RD-7K3U-Q9XD', 'RD-7K3M-Q9X\0'])(
    'refuses %j',
    (typed) => {
      expect(readRequestReference(typed)).toBeNull();
    },
  );
});
