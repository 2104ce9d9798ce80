import { RenderNoticeUseCase } from '@rightsdesk/notices';
import { AuditTrail, RequestRepository } from '@rightsdesk/requests';
import { AdvanceVerifiedRequest } from './advance-verified-request';
import { ConfirmVerificationUseCase } from './confirm-verification.use-case';
import { EmailProof } from './email-proof';
import { IdentityMatcher } from './identity-matcher';
import { useCaseTestModule } from './use-case-test-module';

describe(ConfirmVerificationUseCase.name, () => {
  const pending = (overrides: object = {}) => ({
    id: 'request-1',
    type: 'delete',
    regime: 'ccpa',
    status: 'pending_verification',
    subjectId: 'subject-1',
    details: {},
    verification: null,
    ...overrides,
  });
  const requests = {
    getById: jest.fn(),
    subjectOf: jest.fn(async () => ({ email: 'ada@example.org', name: 'Ada', phone: null })),
    transition: jest.fn(async (id: string, event: string) => ({
      id,
      status: event === 'deny' ? 'denied' : 'verified',
    })),
    recordVerification: jest.fn(),
  };
  const trail = { append: jest.fn() };
  const emailProof = { check: jest.fn(async () => true) };
  const matcher = { match: jest.fn() };
  const advance = { advance: jest.fn(async () => ({ status: 'awaiting_review' })) };
  const notices = { renderInto: jest.fn() };

  async function confirmUseCase(): Promise<ConfirmVerificationUseCase> {
    const moduleRef = await useCaseTestModule(ConfirmVerificationUseCase, [
      { provide: RequestRepository, useValue: requests },
      { provide: AuditTrail, useValue: trail },
      { provide: EmailProof, useValue: emailProof },
      { provide: IdentityMatcher, useValue: matcher },
      { provide: AdvanceVerifiedRequest, useValue: advance },
      { provide: RenderNoticeUseCase, useValue: notices },
    ]);
    return moduleRef.get(ConfirmVerificationUseCase);
  }

  beforeEach(() => jest.clearAllMocks());

  it('verifies a deletion whose code and data points reach its tier, and moves it on to review', async () => {
    requests.getById.mockResolvedValue(pending());
    matcher.match.mockResolvedValue({ name: 'matched', last_order_number: 'matched' });
    const result = await (await confirmUseCase()).execute('request-1', { code: '123456' });
    expect(result.decision?.outcome).toBe('verified');
    expect(requests.transition).toHaveBeenCalledWith(
      'request-1',
      'verify',
      expect.objectContaining({
        actor: 'subject',
        changes: { verification: expect.objectContaining({ outcome: 'verified', score: 3 }) },
      }),
    );
    expect(result.status).toBe('awaiting_review');
  });

  it('keeps a deletion waiting, with what is missing recorded, when too few data points match', async () => {
    requests.getById.mockResolvedValue(pending());
    matcher.match.mockResolvedValue({ name: 'matched' });
    const result = await (await confirmUseCase()).execute('request-1', { code: '123456' });
    expect(result).toMatchObject({
      status: 'pending_verification',
      decision: { outcome: 'needs_more' },
    });
    expect(requests.transition).not.toHaveBeenCalled();
    expect(requests.recordVerification).toHaveBeenCalledWith(
      'request-1',
      expect.objectContaining({ outcome: 'needs_more', dataPoints: { name: 'matched' } }),
    );
    expect(trail.append).toHaveBeenCalledWith(
      expect.objectContaining({
        action: 'verification.needs_more',
        data: expect.objectContaining({ missing: ['data_points'] }),
      }),
    );
  });

  it('denies a deletion whose data points contradict the records, and tells the person why', async () => {
    requests.getById.mockResolvedValue(pending());
    matcher.match.mockResolvedValue({ name: 'not_matched', phone: 'not_matched' });
    const result = await (await confirmUseCase()).execute('request-1', { code: '123456' });
    expect(result.status).toBe('denied');
    expect(requests.transition).toHaveBeenCalledWith(
      'request-1',
      'deny',
      expect.objectContaining({
        changes: expect.objectContaining({ denialBasis: 'unverifiable' }),
      }),
    );
    expect(notices.renderInto).toHaveBeenCalledWith(
      expect.anything(),
      'request-1',
      'verification_failed',
      { facts: { reason: result.decision?.reason?.text } },
    );
  });

  it('leaves a request that is no longer waiting for verification as it is', async () => {
    requests.getById.mockResolvedValue(pending({ status: 'awaiting_review' }));
    const result = await (await confirmUseCase()).execute('request-1', { code: '123456' });
    expect(result).toEqual({ requestId: 'request-1', status: 'awaiting_review', decision: null });
    expect(matcher.match).not.toHaveBeenCalled();
    expect(requests.transition).not.toHaveBeenCalled();
  });

  it('leaves the code unspent when the company systems cannot be asked', async () => {
    requests.getById.mockResolvedValue(pending());
    matcher.match.mockRejectedValue(new Error('shop unreachable'));
    await expect((await confirmUseCase()).execute('request-1', { code: '123456' })).rejects.toThrow(
      'shop unreachable',
    );
    expect(emailProof.check).not.toHaveBeenCalled();
  });
});
