import { DomainError } from '@rightsdesk/domain';
import { decodeCursor, encodeCursor, parseQueueFilter } from './queue-filter.schema';
import { normalizeReference } from './review-queue.query';

describe(parseQueueFilter.name, () => {
  it('defaults to open requests, unverified hidden, soonest due first, 50 a page', () => {
    expect(parseQueueFilter({})).toMatchObject({
      state: 'open',
      hideUnverified: true,
      sort: 'due',
      limit: 50,
      status: [],
      type: [],
    });
  });

  it('reads repeated and single parameters, and ignores empty form fields', () => {
    const filter = parseQueueFilter({
      type: ['delete', 'correct'],
      regime: 'gdpr',
      manner: '',
      dueWithinDays: '7',
      overdue: 'true',
      assignee: 'none',
    });
    expect(filter).toMatchObject({
      type: ['delete', 'correct'],
      regime: ['gdpr'],
      manner: [],
      dueWithinDays: 7,
      overdue: true,
      assignee: 'none',
    });
  });

  it('reads a submitted form without the "hide unverified" box as unticked', () => {
    expect(parseQueueFilter({ applied: '1' }).hideUnverified).toBe(false);
    expect(parseQueueFilter({ applied: '1', hideUnverified: 'on' }).hideUnverified).toBe(true);
  });

  it.each([
    [{ status: 'bogus' }, 'status'],
    [{ limit: '0' }, 'limit'],
    [{ limit: '500' }, 'limit'],
    [{ dueWithinDays: 'soon' }, 'dueWithinDays'],
    [{ overdue: 'maybe' }, 'overdue'],
    [{ assignee: 'bob' }, 'assignee'],
    [{ sort: 'name' }, 'sort'],
  ])('refuses %j, naming %s', (query, path) => {
    try {
      parseQueueFilter(query);
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('invalid_input');
      expect((error as DomainError).fields.map((field) => field.path)).toContain(path);
    }
  });
});

describe('queue cursors', () => {
  it('round-trip the last row', () => {
    const cursor = { at: '2027-01-10T07:59:59.999Z', id: '0b7a3c9e-5f7d-4a43-9a55-3f1d2b6c8e01' };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it.each(['garbage', Buffer.from('["x","y"]').toString('base64url'), ''])(
    'refuse a cursor the queue did not give out: %j',
    (text) => {
      expect(() => decodeCursor(text)).toThrow('The page cursor is not valid');
    },
  );
});

describe(normalizeReference.name, () => {
  it.each([
    ['RD-7K3M-Q9XD', 'RD-7K3M-Q9XD'],
    ['rd-7k3m-q9xd', 'RD-7K3M-Q9XD'],
    ['7K3MQ9XD', 'RD-7K3M-Q9XD'],
    [' rd 7k3m q9xd ', 'RD-7K3M-Q9XD'],
    ['not a reference', 'not a reference'],
  ])('%j is %j', (typed, reference) => {
    expect(normalizeReference(typed)).toBe(reference);
  });
});
