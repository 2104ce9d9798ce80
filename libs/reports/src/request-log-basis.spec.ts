import { RequestLog, requestLogDocument } from './request-log.report';

const row = (denialBasis: string | null): RequestLog['requests'][number] => ({
  reference: 'RD-7K3M-Q9XD',
  receivedOn: '2026-11-25',
  nature: 'delete',
  regime: 'modpa',
  regimeLabel: 'Maryland MODPA',
  residenceCountry: 'US',
  residenceRegion: 'MD',
  residenceLabel: 'Maryland, United States',
  manner: 'web',
  status: 'denied',
  respondedOn: '2026-11-30',
  response: 'denied',
  responseLabel: 'Denied',
  denialCategory: 'not_consumer',
  denialBasis,
  dueOn: '2027-01-09',
  extended: false,
  appealOf: null,
  personalDataPurged: false,
});

describe('requestLogDocument', () => {
  const basisCell = (denialBasis: string | null) => {
    const log: RequestLog = {
      report: 'request-log',
      version: 1,
      from: '2026-11-01',
      to: '2026-11-30',
      timeZone: 'America/Los_Angeles',
      generatedAt: '2026-12-01T00:00:00.000Z',
      requests: [row(denialBasis)],
    };
    return requestLogDocument(log).tables[0]!.rows[0]!.denialBasis;
  };

  it('gives an officer the basis of a denial in words, never its stored code', () => {
    expect(basisCell('not_a_consumer')).not.toContain('not_a_consumer');
    expect(basisCell('not_a_consumer')).toBe('not made by a consumer');
  });

  it('keeps a basis staff wrote in words', () => {
    expect(basisCell('manifestly unfounded')).toContain('(manifestly unfounded)');
  });
});
