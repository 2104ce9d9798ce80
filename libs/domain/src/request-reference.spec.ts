import { readRequestReference, referencesQuotedIn } from './request-reference';

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

describe(referencesQuotedIn.name, () => {
  it.each([
    ['Re: Your request RD-7K3M-Q9XD', ['RD-7K3M-Q9XD']],
    ['my reference is rd 7k3m q9xd, thanks', ['RD-7K3M-Q9XD']],
    [
      '> Reference: RD-7K3M-Q9XD\n> again RD-7K3M-Q9XD and RD-AAAA-BBBB',
      ['RD-7K3M-Q9XD', 'RD-AAAA-BBBB'],
    ],
    ['Please delete my data', []],
    ['order ORD-7K3M-Q9XD and RD-7K3U-Q9XD', []],
  ])('finds the references in %j', (text, references) => {
    expect(referencesQuotedIn(text)).toEqual(references);
  });
});
