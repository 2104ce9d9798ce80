import { DomainError, InvalidTransitionError } from './domain-error';
import { REQUEST_STATUSES, RequestStatus } from './request-kinds';
import { requestTypeInWords, statusInWords } from './status-words';
import {
  CLOSED_STATUSES,
  OPEN_STATUSES,
  REQUEST_EVENTS,
  RequestEvent,
  TransitionContext,
  allowedEvents,
  isOpen,
  transition,
} from './request-state-machine';

// Every legal (state, event) pair and where it lands, written out by hand from docs/architecture.md so the
// test does not merely restate the implementation's table. Anything not listed must be refused.
const anyOpen = { deny: 'denied', cancel: 'cancelled' } as const;
const LEGAL: Record<RequestStatus, Partial<Record<RequestEvent, RequestStatus>>> = {
  received: {
    request_verification: 'pending_verification',
    verify: 'verified',
    approve: 'approved',
    ...anyOpen,
  },
  pending_verification: { verify: 'verified', expire: 'expired', ...anyOpen },
  verified: {
    submit_for_review: 'awaiting_review',
    approve: 'approved',
    ask_for_info: 'needs_info',
    ...anyOpen,
  },
  awaiting_review: { approve: 'approved', ask_for_info: 'needs_info', ...anyOpen },
  needs_info: { info_received: 'awaiting_review', ...anyOpen },
  approved: { start: 'in_progress', ...anyOpen },
  in_progress: { complete: 'completed', fail: 'failed', retry: 'in_progress', ...anyOpen },
  failed: { retry: 'in_progress', ...anyOpen },
  completed: {},
  denied: {},
  cancelled: {},
  expired: {},
};

// Satisfies every guard, so the table above is about states alone; guards are tested below.
const PERMISSIVE: TransitionContext = {
  type: 'withdraw_consent',
  approval: 'automatic',
  legalBasis: 'requester is not a California resident',
  fulfilmentJob: 'none',
};

const pairs = REQUEST_STATUSES.flatMap((from) =>
  REQUEST_EVENTS.map((event) => [from, event, LEGAL[from][event]] as const),
);

describe(transition.name, () => {
  it.each(pairs.filter(([, , to]) => to))('%s --%s--> %s', (from, event, to) => {
    expect(transition(from, event, PERMISSIVE)).toEqual({ from, event, to });
  });

  it.each(pairs.filter(([, , to]) => !to))('refuses %s --%s-->', (from, event) => {
    const attempt = () => transition(from, event, PERMISSIVE);
    expect(attempt).toThrow(InvalidTransitionError);
    // An officer reads the status in words, never its code (`pending_verification`).
    expect(attempt).toThrow(new RegExp(`^cannot .+ a request that is ${statusInWords(from)}$`));
    expect(attempt).not.toThrow(/_/);
    try {
      attempt();
    } catch (error) {
      expect(error).toMatchObject({ code: 'invalid_state', from, event });
    }
  });

  it.each([
    [
      'pending_verification',
      'approve',
      'cannot approve a request that is waiting for verification',
    ],
    [
      'needs_info',
      'start',
      'cannot start a request that is waiting for information from the person',
    ],
    ['completed', 'cancel', 'cannot cancel a request that is completed'],
    ['received', 'start', 'cannot start a request that is received'],
    ['approved', 'retry', 'cannot retry a request that is approved'],
    ['verified', 'expire', 'cannot expire a request that is verified'],
  ] as const)('says why %s cannot %s', (from, event, message) => {
    expect(() => transition(from, event, PERMISSIVE)).toThrow(message);
  });

  it.each([
    [
      'access',
      'cannot verify a request that is received: access requests need identity verification first',
    ],
    [
      'delete',
      'cannot verify a request that is received: deletion requests need identity verification first',
    ],
    [
      undefined,
      'cannot verify a request that is received: the request type is needed to tell whether verification may be skipped',
    ],
  ] as const)('a %s request cannot skip verification', (type, message) => {
    expect(() => transition('received', 'verify', { type })).toThrow(message);
  });

  it.each(['withdraw_consent', 'opt_out_sale_sharing', 'limit_sensitive_use', 'appeal'] as const)(
    'a %s request needs no verification: received -> verified',
    (type) => {
      expect(transition('received', 'verify', { type }).to).toBe('verified');
    },
  );

  it.each(['access', 'delete', 'correct'] as const)(
    "an agent's power of attorney stands in for verifying a %s request (regs 7063(b))",
    (type) => {
      expect(transition('received', 'verify', { type, powerOfAttorney: true }).to).toBe('verified');
      expect(() => transition('received', 'verify', { type, powerOfAttorney: false })).toThrow(
        `${requestTypeInWords(type)} requests need identity verification first`,
      );
    },
  );

  it('approves straight from received only for a type without verification, by policy', () => {
    expect(
      transition('received', 'approve', { type: 'withdraw_consent', approval: 'automatic' }).to,
    ).toBe('approved');
    expect(() =>
      transition('received', 'approve', { type: 'withdraw_consent', approval: 'manual' }),
    ).toThrow(/^cannot approve a request that is received: an officer approves it from review/);
    expect(() =>
      transition('received', 'approve', { type: 'access', approval: 'automatic' }),
    ).toThrow('cannot approve a request that is received: access requests need identity');
  });

  it('lets only an automatic policy approve without review', () => {
    expect(transition('verified', 'approve', { approval: 'automatic' }).to).toBe('approved');
    expect(() => transition('verified', 'approve', { approval: 'manual' })).toThrow(
      InvalidTransitionError,
    );
    expect(() => transition('verified', 'approve')).toThrow(InvalidTransitionError);
    expect(transition('awaiting_review', 'approve', { approval: 'manual' }).to).toBe('approved');
  });

  it.each([undefined, '', '   '])('refuses a denial without a legal basis (%p)', (legalBasis) => {
    const attempt = () => transition('awaiting_review', 'deny', { legalBasis });
    expect(attempt).toThrow(DomainError);
    expect(attempt).toThrow('a denial must name its legal basis');
    try {
      attempt();
    } catch (error) {
      expect(error).toMatchObject({ code: 'invalid_input', fields: [{ path: 'legalBasis' }] });
    }
  });

  it.each([
    ['live', 'cannot retry a request that is in progress: it is being worked on now'],
    [
      'unknown',
      'cannot retry a request that is in progress: the queues did not say whether it is being worked on now; try again in a moment',
    ],
    [undefined, 'cannot retry a request that is in progress: the queues did not say'],
  ] as const)(
    'an officer may retry a request in progress only once no job works on it (%s)',
    (fulfilmentJob, message) => {
      expect(transition('in_progress', 'retry', { fulfilmentJob: 'none' }).to).toBe('in_progress');
      expect(() => transition('in_progress', 'retry', { fulfilmentJob })).toThrow(message);
    },
  );

  it('walks an access request from receipt to completion, through a failure and a retry', () => {
    const events: RequestEvent[] = [
      'request_verification',
      'verify',
      'submit_for_review',
      'ask_for_info',
      'info_received',
      'approve',
      'start',
      'fail',
      'retry',
      'complete',
    ];
    const end = events.reduce<RequestStatus>(
      (status, event) => transition(status, event, { type: 'access' }).to,
      'received',
    );
    expect(end).toBe('completed');
  });

  it('runs an opt-out of sale (a later type) on the same states without verification', () => {
    const context: TransitionContext = { type: 'opt_out_sale_sharing', approval: 'automatic' };
    const end = (['approve', 'start', 'complete'] as const).reduce<RequestStatus>(
      (status, event) => transition(status, event, context).to,
      'received',
    );
    expect(end).toBe('completed');
  });
});

describe(allowedEvents.name, () => {
  it.each([
    ['received', { type: 'access' }, ['request_verification', 'cancel']],
    ['received', { type: 'withdraw_consent' }, ['request_verification', 'verify', 'cancel']],
    [
      'verified',
      { approval: 'automatic' },
      ['submit_for_review', 'ask_for_info', 'approve', 'cancel'],
    ],
    ['in_progress', { legalBasis: 'Art. 17(3)(b)' }, ['complete', 'fail', 'deny', 'cancel']],
    ['in_progress', { fulfilmentJob: 'live' }, ['complete', 'fail', 'cancel']],
    ['in_progress', { fulfilmentJob: 'none' }, ['complete', 'fail', 'retry', 'cancel']],
    ['completed', PERMISSIVE, []],
  ] as const)('from %s with %j: %j', (status, context, events) => {
    expect(allowedEvents(status, context).sort()).toEqual([...events].sort());
  });
});

describe(isOpen.name, () => {
  it('splits the statuses into open and closed with nothing left over', () => {
    expect([...OPEN_STATUSES, ...CLOSED_STATUSES].sort()).toEqual([...REQUEST_STATUSES].sort());
    expect(CLOSED_STATUSES).toEqual(['completed', 'denied', 'cancelled', 'expired']);
  });

  it.each(REQUEST_STATUSES.map((status) => [status, !CLOSED_STATUSES.includes(status)] as const))(
    '%s is open: %s',
    (status, open) => {
      expect(isOpen(status)).toBe(open);
    },
  );

  it('keeps a failed request open: it still owes an answer and can be retried', () => {
    expect(isOpen('failed')).toBe(true);
  });
});
