import { DomainError } from '@rightsdesk/domain';
import { RenderNoticeUseCase } from '@rightsdesk/notices';
import { AuditTrail, RequestRepository } from '@rightsdesk/requests';
import { IssueVerificationUseCase } from '@rightsdesk/verification';
import { AdvanceVerifiedRequest } from './advance-verified-request';
import { AgentAuthorizations } from './agent-authorization';
import { IntakeDocuments } from './intake-document';
import { submitRequestSchema } from './submit-request.schema';
import { SubmitRequestUseCase } from './submit-request.use-case';
import { useCaseTestModule } from './use-case-test-module';

describe(SubmitRequestUseCase.name, () => {
  const requests = {
    addSubject: jest.fn(async () => 'subject-1'),
    add: jest.fn(async () => ({ id: 'request-1', reference: 'DSR-TEST' })),
    transition: jest.fn(async (id: string) => ({ id, status: 'verified' })),
  };
  const trail = { append: jest.fn() };
  const agents = { store: jest.fn() };
  const documents = { store: jest.fn() };
  const advance = { advance: jest.fn(async () => ({ status: 'awaiting_review' })) };
  const verification = { issueAtIntake: jest.fn() };
  const notices = { renderInto: jest.fn() };

  async function submitUseCase(settings = {}): Promise<SubmitRequestUseCase> {
    const moduleRef = await useCaseTestModule(
      SubmitRequestUseCase,
      [
        { provide: RequestRepository, useValue: requests },
        { provide: AuditTrail, useValue: trail },
        { provide: AgentAuthorizations, useValue: agents },
        { provide: IntakeDocuments, useValue: documents },
        { provide: AdvanceVerifiedRequest, useValue: advance },
        { provide: IssueVerificationUseCase, useValue: verification },
        { provide: RenderNoticeUseCase, useValue: notices },
      ],
      settings,
    );
    return moduleRef.get(SubmitRequestUseCase);
  }

  beforeEach(() => jest.clearAllMocks());

  it('refuses a correction of a field the data map does not let anyone correct, recording nothing', async () => {
    const submit = await submitUseCase();
    const command = submitRequestSchema.parse({
      type: 'correct',
      email: 'ada@example.org',
      corrections: [{ field: 'password_hash', value: 'x' }],
    });
    const refused = submit.execute(command, { manner: 'web', actor: 'subject' });
    await expect(refused).rejects.toThrow(DomainError);
    await expect(refused).rejects.toThrow(
      '"password_hash" cannot be corrected here. Fields that can be corrected: email, phone.',
    );
    expect(requests.addSubject).not.toHaveBeenCalled();
    expect(requests.add).not.toHaveBeenCalled();
  });

  it('asks for proof of identity for a copy of data, with a code valid until the expiry day ends', async () => {
    const submit = await submitUseCase({ verificationExpiryDays: 30 });
    const submitted = await submit.execute(
      submitRequestSchema.parse({ type: 'access', email: 'ada@example.org' }),
      { manner: 'web', actor: 'subject', receivedAt: new Date('2027-01-10T20:00:00Z') },
    );
    expect(submitted.status).toBe('pending_verification');
    expect(requests.transition).toHaveBeenCalledWith('request-1', 'request_verification', {
      actor: 'system',
      // 30 days after receipt, to the end of that day in the company's time zone (Los Angeles).
      changes: { verificationExpiresAt: new Date('2027-02-10T07:59:59.999Z') },
    });
    expect(verification.issueAtIntake).toHaveBeenCalledWith('request-1', submitted.statusToken);
    expect(advance.advance).not.toHaveBeenCalled();
  });

  it('takes a consent withdrawal without proof, confirms receipt and applies the approval policy', async () => {
    const approval = { entries: [], reviewWithdrawals: false };
    const submit = await submitUseCase({ approval });
    const submitted = await submit.execute(
      submitRequestSchema.parse({
        type: 'withdraw_consent',
        email: 'ada@example.org',
        purposes: ['marketing'],
      }),
      { manner: 'web', actor: 'subject' },
    );
    expect(verification.issueAtIntake).not.toHaveBeenCalled();
    expect(notices.renderInto).toHaveBeenCalledWith(
      expect.anything(),
      'request-1',
      'request_received',
    );
    expect(advance.advance).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'request-1' }),
      approval,
    );
    expect(submitted.status).toBe('awaiting_review');
  });
});
