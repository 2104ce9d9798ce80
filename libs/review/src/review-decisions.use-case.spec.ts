import { DomainError } from '@rightsdesk/domain';
import { AdvanceVerifiedRequest } from '@rightsdesk/intake';
import { RenderNoticeUseCase } from '@rightsdesk/notices';
import { AuditTrail, RequestRepository } from '@rightsdesk/requests';
import { CorrectionPreviews } from './correction-previews';
import { ReopenAfterAppeal } from './reopen-after-appeal';
import { ReviewDecisionsUseCase } from './review-decisions.use-case';
import { Reviewer } from './reviewer';
import { useCaseTestModule } from './use-case-test-module';

const REQUEST = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';
const APPEAL = '33333333-3333-4333-8333-333333333333';
const officer: Reviewer = { kind: 'staff', id: 'officer-1', role: 'privacy_officer' };
const auditor: Reviewer = { kind: 'staff', id: 'auditor-1', role: 'auditor' };
const system: Reviewer = { kind: 'system', keyId: 'key-1' };

describe(ReviewDecisionsUseCase.name, () => {
  const stored = (overrides: object = {}) => ({
    id: REQUEST,
    reference: 'RD-1001',
    type: 'access',
    regime: 'ccpa',
    status: 'awaiting_review',
    parentRequestId: null,
    ...overrides,
  });
  const movedBy = async (id: string, event: string) => ({ id, status: `after_${event}` });
  const requests = { findById: jest.fn(), transition: jest.fn(movedBy) };
  const verified = { startFulfilment: jest.fn() };
  const reopen = { reopen: jest.fn() };
  const notices = { renderInto: jest.fn() };

  async function decisions(): Promise<ReviewDecisionsUseCase> {
    const moduleRef = await useCaseTestModule(ReviewDecisionsUseCase, [
      { provide: RequestRepository, useValue: requests },
      { provide: AdvanceVerifiedRequest, useValue: verified },
      { provide: ReopenAfterAppeal, useValue: reopen },
      { provide: RenderNoticeUseCase, useValue: notices },
      { provide: CorrectionPreviews, useValue: { of: jest.fn() } },
      { provide: AuditTrail, useValue: { append: jest.fn() } },
    ]);
    return moduleRef.get(ReviewDecisionsUseCase);
  }

  beforeEach(() => {
    jest.clearAllMocks();
    requests.findById.mockImplementation(async (id: string) => stored({ id }));
    requests.transition.mockImplementation(movedBy);
  });

  describe('approve', () => {
    it('an officer approving moves the request on, in their name, and starts its fulfilment', async () => {
      const approved = await (await decisions()).approve(REQUEST, officer);
      expect(requests.transition).toHaveBeenCalledWith(
        REQUEST,
        'approve',
        expect.objectContaining({ actor: 'staff:officer-1', context: { approval: 'manual' } }),
      );
      expect(verified.startFulfilment).toHaveBeenCalledWith(approved);
    });

    it('an auditor trying to approve is refused and nothing moves or starts', async () => {
      await expect((await decisions()).approve(REQUEST, auditor)).rejects.toMatchObject({
        code: 'forbidden',
      });
      expect(requests.transition).not.toHaveBeenCalled();
      expect(verified.startFulfilment).not.toHaveBeenCalled();
    });

    it('an appeal cannot be approved like a request: the officer is told to decide it', async () => {
      requests.findById.mockResolvedValue(stored({ id: APPEAL, type: 'appeal' }));
      await expect((await decisions()).approve(APPEAL, officer)).rejects.toMatchObject({
        code: 'invalid_state',
        message: expect.stringContaining('uphold or reverse'),
      });
      expect(requests.transition).not.toHaveBeenCalled();
    });

    it('an id that cannot be a request gets the same not-found as a missing one', async () => {
      await expect((await decisions()).approve('not-a-uuid', officer)).rejects.toMatchObject({
        code: 'not_found',
      });
      expect(requests.transition).not.toHaveBeenCalled();
    });
  });

  describe('deny', () => {
    it('a person whose request is denied is told the basis and the explanation', async () => {
      await (
        await decisions()
      ).deny(
        REQUEST,
        { basis: 'legal_obligation', note: 'Tax records are kept 7 years.' },
        officer,
      );
      expect(requests.transition).toHaveBeenCalledWith(
        REQUEST,
        'deny',
        expect.objectContaining({
          actor: 'staff:officer-1',
          data: { basis: 'legal_obligation' },
          changes: {
            denialBasis: 'legal_obligation',
            denialReason: 'Tax records are kept 7 years.',
          },
        }),
      );
      expect(notices.renderInto).toHaveBeenCalledWith(
        expect.anything(),
        REQUEST,
        'request_denied',
        // The ground goes as its code: the notice says it in the person's own language.
        { facts: { denialReason: 'legal_obligation', reason: 'Tax records are kept 7 years.' } },
      );
    });

    it('a refused transition sends no denial notice', async () => {
      requests.transition.mockRejectedValueOnce(
        new DomainError('invalid_state', 'cannot deny a request that is completed'),
      );
      await expect(
        (await decisions()).deny(
          REQUEST,
          { basis: 'legal_claims', note: 'Pending suit.' },
          officer,
        ),
      ).rejects.toMatchObject({ code: 'invalid_state' });
      expect(notices.renderInto).not.toHaveBeenCalled();
    });

    it('an appeal cannot be denied like a request', async () => {
      requests.findById.mockResolvedValue(stored({ id: APPEAL, type: 'appeal' }));
      await expect(
        (await decisions()).deny(APPEAL, { basis: 'legal_claims', note: 'No.' }, officer),
      ).rejects.toMatchObject({ code: 'invalid_state' });
      expect(notices.renderInto).not.toHaveBeenCalled();
    });

    it('an auditor trying to deny is refused and no notice is written', async () => {
      await expect(
        (await decisions()).deny(REQUEST, { basis: 'legal_claims', note: 'No.' }, auditor),
      ).rejects.toMatchObject({ code: 'forbidden' });
      expect(requests.transition).not.toHaveBeenCalled();
      expect(notices.renderInto).not.toHaveBeenCalled();
    });
  });

  describe('cancel', () => {
    it('a company system cancelling through its API key is recorded as that key', async () => {
      await (await decisions()).cancel(REQUEST, 'duplicate of RD-1000', system);
      expect(requests.transition).toHaveBeenCalledWith(REQUEST, 'cancel', {
        actor: 'api:key-1',
        reason: 'duplicate of RD-1000',
      });
    });

    it('an auditor trying to cancel is refused', async () => {
      await expect((await decisions()).cancel(REQUEST, 'no', auditor)).rejects.toMatchObject({
        code: 'forbidden',
      });
      expect(requests.transition).not.toHaveBeenCalled();
    });
  });

  describe('decideAppeal', () => {
    const appeal = stored({
      id: APPEAL,
      reference: 'RD-2002',
      type: 'appeal',
      regime: 'vcdpa',
      parentRequestId: REQUEST,
    });

    beforeEach(() => requests.findById.mockResolvedValue(appeal));

    // The notice itself names the authority of the person's law (rights-notices.spec.ts).
    it('an upheld appeal is refused with reasons, told to the person', async () => {
      await (
        await decisions()
      ).decideAppeal(APPEAL, { decision: 'uphold', reason: 'The records are needed.' }, officer);
      expect(requests.transition).toHaveBeenCalledTimes(1);
      expect(requests.transition).toHaveBeenCalledWith(
        APPEAL,
        'deny',
        expect.objectContaining({
          data: { decision: 'uphold', appealOf: REQUEST },
          changes: { denialBasis: 'appeal_refused', denialReason: 'The records are needed.' },
        }),
      );
      expect(reopen.reopen).not.toHaveBeenCalled();
      expect(notices.renderInto).toHaveBeenCalledWith(expect.anything(), APPEAL, 'appeal_decided', {
        facts: {
          appealOutcome: 'denied',
          reason: 'The records are needed.',
        },
      });
    });

    it('a reversed appeal completes, reopens the original work as a new request, and tells the person it is granted', async () => {
      reopen.reopen.mockResolvedValue({ id: OTHER, reference: 'RD-3003' });
      await (
        await decisions()
      ).decideAppeal(APPEAL, { decision: 'reverse', reason: 'We were wrong.' }, officer);
      expect(requests.transition.mock.calls.map(([, event]) => event)).toEqual([
        'approve',
        'start',
        'complete',
      ]);
      expect(reopen.reopen).toHaveBeenCalledWith(appeal, 'staff:officer-1');
      expect(requests.transition).toHaveBeenLastCalledWith(
        APPEAL,
        'complete',
        expect.objectContaining({
          reason: 'We were wrong.',
          data: { decision: 'reverse', appealOf: REQUEST, followUp: OTHER },
        }),
      );
      expect(notices.renderInto).toHaveBeenCalledWith(
        expect.anything(),
        APPEAL,
        'appeal_decided',
        expect.objectContaining({ facts: expect.objectContaining({ appealOutcome: 'granted' }) }),
      );
    });

    it('a reversed appeal with nothing to redo still completes, with no follow-up recorded', async () => {
      reopen.reopen.mockResolvedValue(null);
      await (
        await decisions()
      ).decideAppeal(APPEAL, { decision: 'reverse', reason: 'Ok.' }, officer);
      expect(requests.transition).toHaveBeenLastCalledWith(
        APPEAL,
        'complete',
        expect.objectContaining({ data: expect.objectContaining({ followUp: null }) }),
      );
    });

    it('deciding a request that is not an appeal is refused and changes nothing', async () => {
      requests.findById.mockResolvedValue(stored());
      await expect(
        (await decisions()).decideAppeal(REQUEST, { decision: 'reverse', reason: 'x' }, officer),
      ).rejects.toMatchObject({ code: 'invalid_state', message: 'RD-1001 is not an appeal.' });
      expect(requests.transition).not.toHaveBeenCalled();
      expect(reopen.reopen).not.toHaveBeenCalled();
      expect(notices.renderInto).not.toHaveBeenCalled();
    });

    it('deciding an appeal that does not exist is not found', async () => {
      requests.findById.mockResolvedValue(null);
      await expect(
        (await decisions()).decideAppeal(APPEAL, { decision: 'uphold', reason: 'x' }, officer),
      ).rejects.toMatchObject({ code: 'not_found' });
    });

    it('an auditor trying to decide an appeal is refused', async () => {
      await expect(
        (await decisions()).decideAppeal(APPEAL, { decision: 'reverse', reason: 'x' }, auditor),
      ).rejects.toMatchObject({ code: 'forbidden' });
      expect(requests.transition).not.toHaveBeenCalled();
      expect(reopen.reopen).not.toHaveBeenCalled();
    });
  });

  describe('bulkApprove', () => {
    it('approves what it can and says, per request, why another was refused', async () => {
      requests.transition.mockImplementation(async (id: string) => {
        if (id === OTHER) {
          throw new DomainError('invalid_state', 'cannot approve a request that is needs_info');
        }
        return { id, status: 'approved' };
      });
      const outcomes = await (await decisions()).bulkApprove([REQUEST, OTHER], officer);
      expect(outcomes).toEqual([
        { id: REQUEST, ok: true, status: 'approved' },
        { id: OTHER, ok: false, message: 'cannot approve a request that is needs_info' },
      ]);
      expect(verified.startFulfilment).toHaveBeenCalledTimes(1);
    });

    it('an unexpected failure is not hidden as a refused row', async () => {
      requests.transition.mockRejectedValueOnce(new Error('connection lost'));
      await expect((await decisions()).bulkApprove([REQUEST], officer)).rejects.toThrow(
        'connection lost',
      );
    });

    it('an auditor is refused the whole batch before any request is touched', async () => {
      await expect(
        (await decisions()).bulkApprove([REQUEST, OTHER], auditor),
      ).rejects.toMatchObject({ code: 'forbidden' });
      expect(requests.findById).not.toHaveBeenCalled();
      expect(requests.transition).not.toHaveBeenCalled();
    });
  });
});
