import { responseDueDate } from '@rightsdesk/domain';
import { RecordPersonAnswerUseCase } from '@rightsdesk/intake';
import { RenderNoticeUseCase, StaffAlerts } from '@rightsdesk/notices';
import { AuditTrail, RequestMessages, RequestRepository } from '@rightsdesk/requests';
import { AssignableStaffQuery } from './assignable-staff.query';
import { ReviewHandlingUseCase } from './review-handling.use-case';
import { Reviewer } from './reviewer';
import { UNIT_TIME_ZONE, useCaseTestModule } from './use-case-test-module';

const REQUEST = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';
const COLLEAGUE = '44444444-4444-4444-8444-444444444444';
const officer: Reviewer = { kind: 'staff', id: 'officer-1', role: 'privacy_officer' };
const auditor: Reviewer = { kind: 'staff', id: 'auditor-1', role: 'auditor' };

// A CCPA request received 25 Nov 2026 is due 9 Jan 2027; one extension adds 45 days.
const due = responseDueDate('ccpa', new Date('2026-11-25T17:00:00Z'), UNIT_TIME_ZONE);
const beforeDue = new Date('2026-12-01T17:00:00Z');
const afterDue = new Date('2027-01-20T17:00:00Z');

describe(ReviewHandlingUseCase.name, () => {
  const stored = (overrides: object = {}) => ({
    id: REQUEST,
    reference: 'RD-1001',
    type: 'access',
    regime: 'ccpa',
    status: 'awaiting_review',
    assigneeId: null,
    dueAt: due.dueAt,
    dueRule: { dueOn: due.dueOn, basis: due.basis },
    originalDueAt: null,
    ...overrides,
  });
  const requests = {
    findForUpdate: jest.fn(),
    findById: jest.fn(),
    assign: jest.fn(),
    extendDue: jest.fn(),
    transition: jest.fn(async (id: string) => ({ id, status: 'needs_info' })),
    countEvents: jest.fn(async () => 1),
    addNote: jest.fn(async () => ({ id: 'note-1' })),
  };
  const trail = { append: jest.fn() };
  const staff = { isAssignable: jest.fn() };
  const notices = { renderInto: jest.fn() };
  const alerts = { assigned: jest.fn() };
  const messages = { add: jest.fn(async () => 'message-1') };
  const answers = { execute: jest.fn(async () => ({ status: 'awaiting_review' })) };

  async function handling(): Promise<ReviewHandlingUseCase> {
    const moduleRef = await useCaseTestModule(ReviewHandlingUseCase, [
      { provide: RequestRepository, useValue: requests },
      { provide: AuditTrail, useValue: trail },
      { provide: AssignableStaffQuery, useValue: staff },
      { provide: RenderNoticeUseCase, useValue: notices },
      { provide: StaffAlerts, useValue: alerts },
      { provide: RequestMessages, useValue: messages },
      { provide: RecordPersonAnswerUseCase, useValue: answers },
    ]);
    return moduleRef.get(ReviewHandlingUseCase);
  }

  beforeEach(() => {
    jest.clearAllMocks();
    requests.findForUpdate.mockImplementation(async (id: string) => stored({ id }));
    requests.findById.mockImplementation(async (id: string) => stored({ id }));
    staff.isAssignable.mockResolvedValue(true);
  });

  describe('assign', () => {
    it('an officer assigning a colleague hands them the request, with the handover audited', async () => {
      requests.findForUpdate.mockResolvedValue(stored({ assigneeId: 'officer-1' }));
      await (await handling()).assign(REQUEST, COLLEAGUE, officer);
      expect(requests.assign).toHaveBeenCalledWith(REQUEST, COLLEAGUE);
      expect(trail.append).toHaveBeenCalledWith({
        requestId: REQUEST,
        actor: 'staff:officer-1',
        action: 'request.assign',
        data: { assigneeId: COLLEAGUE, previousAssigneeId: 'officer-1' },
      });
      expect(alerts.assigned).toHaveBeenCalledWith(REQUEST, COLLEAGUE);
    });

    it('an officer taking a request themselves is not emailed about it', async () => {
      await (await handling()).assign(REQUEST, 'officer-1', officer);
      expect(requests.assign).toHaveBeenCalledWith(REQUEST, 'officer-1');
      expect(alerts.assigned).not.toHaveBeenCalled();
    });

    it('unassigning leaves the request with nobody, recorded as an unassignment', async () => {
      requests.findForUpdate.mockResolvedValue(stored({ assigneeId: COLLEAGUE }));
      await (await handling()).assign(REQUEST, null, officer);
      expect(staff.isAssignable).not.toHaveBeenCalled();
      expect(requests.assign).toHaveBeenCalledWith(REQUEST, null);
      expect(trail.append).toHaveBeenCalledWith(
        expect.objectContaining({ action: 'request.unassign' }),
      );
    });

    it('a request cannot go to someone who is not an active officer or admin', async () => {
      staff.isAssignable.mockResolvedValue(false);
      await expect((await handling()).assign(REQUEST, COLLEAGUE, officer)).rejects.toMatchObject({
        code: 'invalid_input',
        fields: [{ path: 'assigneeId', message: 'is not an active privacy officer or admin' }],
      });
      expect(requests.assign).not.toHaveBeenCalled();
    });

    it('a closed request cannot be assigned', async () => {
      requests.findForUpdate.mockResolvedValue(stored({ status: 'completed' }));
      await expect((await handling()).assign(REQUEST, COLLEAGUE, officer)).rejects.toMatchObject({
        code: 'invalid_state',
        message: 'cannot assign a request that is completed: it is closed',
      });
      expect(requests.assign).not.toHaveBeenCalled();
    });

    it('assigning the person who already has it changes and records nothing', async () => {
      requests.findForUpdate.mockResolvedValue(stored({ assigneeId: COLLEAGUE }));
      await (await handling()).assign(REQUEST, COLLEAGUE, officer);
      expect(requests.assign).not.toHaveBeenCalled();
      expect(trail.append).not.toHaveBeenCalled();
    });

    it('an auditor trying to assign is refused', async () => {
      await expect((await handling()).assign(REQUEST, COLLEAGUE, auditor)).rejects.toMatchObject({
        code: 'forbidden',
      });
      expect(requests.assign).not.toHaveBeenCalled();
    });

    it('a request that does not exist is not found', async () => {
      requests.findForUpdate.mockResolvedValue(null);
      await expect((await handling()).assign(REQUEST, COLLEAGUE, officer)).rejects.toMatchObject({
        code: 'not_found',
      });
    });
  });

  describe('bulkAssign', () => {
    it('assigns the open requests and says which closed one was skipped', async () => {
      requests.findForUpdate.mockImplementation(async (id: string) =>
        stored({ id, status: id === OTHER ? 'denied' : 'awaiting_review' }),
      );
      const outcomes = await (await handling()).bulkAssign([REQUEST, OTHER], COLLEAGUE, officer);
      expect(outcomes).toEqual([
        { id: REQUEST, ok: true },
        { id: OTHER, ok: false, message: 'cannot assign a request that is denied: it is closed' },
      ]);
      expect(requests.assign).toHaveBeenCalledTimes(1);
    });

    it('a wrong assignee is refused once for the whole batch, not row by row', async () => {
      staff.isAssignable.mockResolvedValue(false);
      await expect(
        (await handling()).bulkAssign([REQUEST, OTHER], COLLEAGUE, officer),
      ).rejects.toMatchObject({ code: 'invalid_input' });
      expect(staff.isAssignable).toHaveBeenCalledTimes(1);
      expect(requests.assign).not.toHaveBeenCalled();
    });
  });

  describe('extend', () => {
    it('a person whose request is extended before its due date gets the new date and the reason', async () => {
      const extended = await (
        await handling()
      ).extend(REQUEST, 'Records are in archive storage.', officer, beforeDue);
      expect(extended.dueOn).toBe('2027-02-23');
      expect(requests.extendDue).toHaveBeenCalledWith(REQUEST, {
        dueAt: extended.dueAt,
        dueExplanation: extended.explanation,
        dueRule: { dueOn: '2027-02-23', basis: extended.basis },
        originalDueAt: due.dueAt,
        extensionReason: 'Records are in archive storage.',
      });
      expect(trail.append).toHaveBeenCalledWith(
        expect.objectContaining({
          action: 'request.extend',
          actor: 'staff:officer-1',
          data: expect.objectContaining({ originalDueOn: due.dueOn, dueOn: '2027-02-23' }),
        }),
      );
      expect(notices.renderInto).toHaveBeenCalledWith(
        expect.anything(),
        REQUEST,
        'request_extended',
        {
          facts: { reason: 'Records are in archive storage.' },
        },
      );
    });

    it('a deadline already passed cannot be extended, and the person is sent nothing', async () => {
      await expect(
        (await handling()).extend(REQUEST, 'Too busy.', officer, afterDue),
      ).rejects.toMatchObject({ code: 'invalid_state', message: expect.stringContaining('after') });
      expect(requests.extendDue).not.toHaveBeenCalled();
      expect(notices.renderInto).not.toHaveBeenCalled();
    });

    it('a request already extended once cannot be extended again', async () => {
      requests.findForUpdate.mockResolvedValue(stored({ originalDueAt: new Date('2026-12-20') }));
      await expect(
        (await handling()).extend(REQUEST, 'More time.', officer, beforeDue),
      ).rejects.toMatchObject({ code: 'invalid_state', message: expect.stringContaining('twice') });
      expect(requests.extendDue).not.toHaveBeenCalled();
      expect(notices.renderInto).not.toHaveBeenCalled();
    });

    it('a request with no recorded deadline basis is not extended here', async () => {
      requests.findForUpdate.mockResolvedValue(stored({ dueRule: null }));
      await expect(
        (await handling()).extend(REQUEST, 'More time.', officer, beforeDue),
      ).rejects.toMatchObject({
        code: 'invalid_state',
        message: expect.stringContaining('RD-1001'),
      });
      expect(requests.extendDue).not.toHaveBeenCalled();
    });

    it('an auditor trying to extend is refused', async () => {
      await expect(
        (await handling()).extend(REQUEST, 'More time.', auditor, beforeDue),
      ).rejects.toMatchObject({ code: 'forbidden' });
      expect(requests.extendDue).not.toHaveBeenCalled();
    });
  });

  describe('requestInformation', () => {
    it('the person is asked what is needed, each question its own notice', async () => {
      requests.countEvents.mockResolvedValue(2);
      const moved = await (
        await handling()
      ).requestInformation(REQUEST, 'Please send your order number.', officer);
      expect(moved.status).toBe('needs_info');
      expect(requests.transition).toHaveBeenCalledWith(REQUEST, 'ask_for_info', {
        actor: 'staff:officer-1',
        reason: 'Please send your order number.',
        data: { questionId: 'message-1' },
      });
      expect(notices.renderInto).toHaveBeenCalledWith(
        expect.anything(),
        REQUEST,
        'information_needed',
        { dedupeKey: 'information_needed:2', facts: { reason: 'Please send your order number.' } },
      );
      expect(messages.add).toHaveBeenCalledWith(
        expect.objectContaining({
          requestId: REQUEST,
          direction: 'to_person',
          body: 'Please send your order number.',
        }),
      );
    });

    it('an auditor trying to ask for information is refused and nothing is sent', async () => {
      await expect(
        (await handling()).requestInformation(REQUEST, 'Order number?', auditor),
      ).rejects.toMatchObject({ code: 'forbidden' });
      expect(notices.renderInto).not.toHaveBeenCalled();
    });
  });

  describe('informationReceived', () => {
    const now = new Date('2026-12-08T20:00:00Z');

    it("a letter is recorded as the person's answer at midday, company time, of the day it arrived", async () => {
      requests.findById.mockResolvedValue(stored({ status: 'needs_info' }));
      await (
        await handling()
      ).informationReceived(
        REQUEST,
        { note: 'Order 5521.', manner: 'letter', receivedOn: '2026-12-07' },
        officer,
        now,
      );
      expect(answers.execute).toHaveBeenCalledWith(
        REQUEST,
        {
          channel: 'letter',
          receivedAt: new Date('2026-12-07T20:00:00.000Z'),
          text: 'Order 5521.',
        },
        'staff:officer-1',
        now,
      );
    });

    it('an answer to a request that asked nothing is refused', async () => {
      await expect(
        (await handling()).informationReceived(REQUEST, { note: 'Order 5521.' }, officer, now),
      ).rejects.toMatchObject({ code: 'invalid_state' });
      expect(answers.execute).not.toHaveBeenCalled();
    });
  });

  describe('addNote', () => {
    it('an internal note is kept, and the audit trail records only that it was written', async () => {
      const note = await (await handling()).addNote(REQUEST, 'Ada Lovelace called.', officer);
      expect(note).toEqual({ id: 'note-1' });
      expect(requests.addNote).toHaveBeenCalledWith(
        REQUEST,
        'staff:officer-1',
        'Ada Lovelace called.',
      );
      expect(trail.append).toHaveBeenCalledWith({
        requestId: REQUEST,
        actor: 'staff:officer-1',
        action: 'request.note_added',
        data: { noteId: 'note-1' },
      });
    });

    it('a closed request may still be annotated', async () => {
      requests.findForUpdate.mockResolvedValue(stored({ status: 'completed' }));
      await (await handling()).addNote(REQUEST, 'Closed after a call.', officer);
      expect(requests.addNote).toHaveBeenCalled();
    });

    it('an auditor trying to write a note is refused', async () => {
      await expect(
        (await handling()).addNote(REQUEST, 'I was here.', auditor),
      ).rejects.toMatchObject({ code: 'forbidden' });
      expect(requests.addNote).not.toHaveBeenCalled();
    });
  });
});
