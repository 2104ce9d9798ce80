import { isDatabaseUnreachable } from './database-outage';

describe(isDatabaseUnreachable.name, () => {
  const withCode = (code: string) => Object.assign(new Error('failed'), { code });

  it.each([
    ['a refused connection', withCode('ECONNREFUSED')],
    [
      'a refused connection to every address of localhost',
      Object.assign(new AggregateError([withCode('ECONNREFUSED')]), {}),
    ],
    ['a pool with no connection in time', new Error('timeout exceeded when trying to connect')],
    ['a connection cut mid-query', new Error('Connection terminated unexpectedly')],
    ['a server shutting down', withCode('57P01')],
    ['a server still starting', withCode('57P03')],
    ['a connection failure SQLSTATE', withCode('08006')],
    ['too many connections', withCode('53300')],
    [
      'a TypeORM wrapper around a shutdown',
      Object.assign(new Error('query failed'), { driverError: withCode('57P01') }),
    ],
    ['a cause chain', new Error('outer', { cause: withCode('ECONNRESET') })],
  ])('recognises %s', (_what, error) => {
    expect(isDatabaseUnreachable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', withCode('23505')],
    ['a syntax error', withCode('42601')],
    [
      'an invalid integer',
      Object.assign(new Error('invalid input syntax for type integer'), { code: '22P02' }),
    ],
    ['a plain bug', new TypeError('x is undefined')],
    ['nothing', undefined],
  ])('leaves %s alone', (_what, error) => {
    expect(isDatabaseUnreachable(error)).toBe(false);
  });
});
