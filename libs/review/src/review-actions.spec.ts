import { RequestStatus, RequestType, responseDueDate } from '@rightsdesk/domain';
import { ReviewAction, ReviewableRequest, availableActions } from './review-actions';
import { Reviewer } from './reviewer';

const LA = 'America/Los_Angeles';
const received = new Date('2026-11-25T17:00:00Z');
const due = responseDueDate('ccpa', received, LA); // due 2027-01-09
const beforeDue = new Date('2026-12-01T17:00:00Z');
const afterDue = new Date('2027-01-20T17:00:00Z');
const officer: Reviewer = { kind: 'staff', id: 'officer', role: 'privacy_officer' };
const admin: Reviewer = { kind: 'staff', id: 'admin', role: 'admin' };
const auditor: Reviewer = { kind: 'staff', id: 'auditor', role: 'auditor' };
const system: Reviewer = { kind: 'system', keyId: 'key' };

function request(
  status: RequestStatus,
  overrides: Partial<ReviewableRequest> & { type?: RequestType } = {},
): ReviewableRequest {
  return { type: 'access', status, due, extended: false, manualTaskWaiting: false, ...overrides };
}

describe(availableActions.name, () => {
  it.each<[RequestStatus, ReviewAction[]]>([
    ['received', ['assign', 'deny', 'extend', 'note', 'cancel']],
    ['pending_verification', ['assign', 'enter_code', 'deny', 'extend', 'note', 'cancel']],
    ['verified', ['assign', 'deny', 'extend', 'request_information', 'note', 'cancel']],
    [
      'awaiting_review',
      ['assign', 'approve', 'deny', 'extend', 'request_information', 'note', 'cancel'],
    ],
    ['needs_info', ['assign', 'deny', 'extend', 'information_received', 'note', 'cancel']],
    ['approved', ['assign', 'deny', 'extend', 'note', 'cancel']],
    ['in_progress', ['assign', 'deny', 'extend', 'note', 'retry', 'cancel']],
    ['failed', ['assign', 'deny', 'extend', 'note', 'retry', 'cancel']],
    ['completed', ['note']],
    ['denied', ['note']],
    ['cancelled', ['note']],
    ['expired', ['note']],
  ])('an officer on a request that is %s may: %j', (status, actions) => {
    expect(availableActions(request(status), officer, beforeDue)).toEqual(actions);
  });

  it('offers completing a manual task only while a step waits for staff', () => {
    expect(
      availableActions(request('in_progress', { manualTaskWaiting: true }), officer, beforeDue),
    ).toContain('complete_task');
    expect(availableActions(request('in_progress'), officer, beforeDue)).not.toContain(
      'complete_task',
    );
  });

  it('offers starting again a request in progress without asking the queues (the retry asks them)', () => {
    expect(availableActions(request('in_progress'), officer, beforeDue)).toContain('retry');
  });

  it('offers the one extension only before the due date and only once (regs 7021(b))', () => {
    expect(availableActions(request('awaiting_review'), officer, afterDue)).not.toContain('extend');
    expect(
      availableActions(request('awaiting_review', { extended: true }), officer, beforeDue),
    ).not.toContain('extend');
    expect(
      availableActions(request('awaiting_review', { due: null }), officer, beforeDue),
    ).not.toContain('extend');
  });

  it('decides an appeal instead of approving or denying it', () => {
    const actions = availableActions(
      request('awaiting_review', { type: 'appeal' }),
      officer,
      beforeDue,
    );
    expect(actions).toContain('decide_appeal');
    expect(actions).not.toContain('approve');
    expect(actions).not.toContain('deny');
  });

  it.each<[string, Reviewer, boolean]>([
    ['an admin', admin, true],
    ['a privacy officer', officer, true],
    ['a system with requests:manage', system, true],
    ['an auditor', auditor, false],
  ])('%s may act: %s', (_who, reviewer, acts) => {
    const actions = availableActions(request('awaiting_review'), reviewer, beforeDue);
    expect(actions.length > 0).toBe(acts);
  });
});
