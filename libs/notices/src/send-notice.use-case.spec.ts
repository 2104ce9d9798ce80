import { APP_CONFIG } from '@rightsdesk/config';
import { Correspondence } from '@rightsdesk/persistence';
import { AuditTrail } from '@rightsdesk/requests';
import { useCaseModule } from '../../../test/support/use-case-module';
import { MailSendClaims } from './mail-send-claims';
import { MailTransport } from './mail-transport';
import { SendNoticeUseCase } from './send-notice.use-case';
import { StaffAlerts } from './staff-alerts/staff-alerts';

describe(SendNoticeUseCase.name, () => {
  let message: Partial<Correspondence>;
  const stored = { findOneByOrFail: jest.fn(async () => message), update: jest.fn() };
  const manager = { getRepository: jest.fn(() => stored), update: jest.fn() };
  const transport = { send: jest.fn() };
  /** A server that reads the whole message, its end included, then answers `answer`. */
  const serverAnswering =
    (answer: () => Promise<unknown>) => async (mail: { beforeEnd?: () => Promise<void> }) => {
      await mail.beforeEnd?.();
      return answer();
    };
  const audit = { append: jest.fn() };
  const alerts = { stepFailed: jest.fn() };
  /** The claims are SQL, tested against Postgres (test/integration/notices); here, their answers. */
  const claims = {
    claim: jest.fn(),
    commit: jest.fn(),
    release: jest.fn(),
    releaseUncommitted: jest.fn(),
    markAbandoned: jest.fn(),
  };
  const claimedBy = () => claims.claim.mock.calls[0]?.[1] as string;

  async function sender(): Promise<SendNoticeUseCase> {
    const moduleRef = await useCaseModule(
      SendNoticeUseCase,
      [
        { provide: MailTransport, useValue: transport },
        { provide: AuditTrail, useValue: audit },
        { provide: MailSendClaims, useValue: claims },
        { provide: StaffAlerts, useValue: alerts },
        {
          provide: APP_CONFIG,
          useValue: { MAIL_FROM: 'privacy@shop.example', packageEncryptionKey: Buffer.alloc(32) },
        },
      ],
      manager,
    );
    return moduleRef.get(SendNoticeUseCase);
  }

  beforeEach(() => {
    jest.clearAllMocks();
    message = {
      id: 'message-1',
      requestId: 'request-1',
      kind: 'request_completed',
      channel: 'email',
      status: 'pending',
      recipient: 'ada@example.org',
      subject: 'Your request is complete',
      bodyText: 'Done.',
      bodyHtml: null,
      language: 'en',
      sealedSecrets: null,
    };
    transport.send.mockImplementation(
      serverAnswering(async () => ({ delivered: true, messageId: '<message-1@rightsdesk>' })),
    );
    claims.claim.mockResolvedValue(true);
    claims.commit.mockResolvedValue(true);
    claims.releaseUncommitted.mockResolvedValue([]);
    claims.markAbandoned.mockResolvedValue([]);
  });

  it('sends a message once, with a stable Message-ID, and records it as sent in the audit trail', async () => {
    await (await sender()).execute('message-1');
    expect(transport.send).toHaveBeenCalledWith(
      expect.objectContaining({
        messageId: '<message-1@rightsdesk>',
        from: 'privacy@shop.example',
        to: 'ada@example.org',
      }),
    );
    expect(manager.update).toHaveBeenCalledWith(
      Correspondence,
      expect.objectContaining({ id: 'message-1', sendAttempt: claimedBy() }),
      expect.objectContaining({ status: 'sent', sealedSecrets: null, error: null }),
    );
    expect(audit.append).toHaveBeenCalledWith({
      requestId: 'request-1',
      actor: 'worker',
      action: 'notice.sent',
      data: { notice: 'request_completed', channel: 'email', correspondenceId: 'message-1' },
    });
  });

  it('keeps a message as captured when no SMTP server is configured', async () => {
    transport.send.mockResolvedValue({ delivered: false, messageId: '<message-1@rightsdesk>' });
    await (await sender()).execute('message-1');
    expect(manager.update).toHaveBeenCalledWith(
      Correspondence,
      expect.objectContaining({ id: 'message-1', sendAttempt: claimedBy() }),
      expect.objectContaining({ status: 'captured' }),
    );
    expect(audit.append).toHaveBeenCalledWith(
      expect.objectContaining({ action: 'notice.captured' }),
    );
  });

  it('records a permanent refusal (550) as a bounce on the request instead of retrying', async () => {
    transport.send.mockRejectedValue(
      Object.assign(new Error('550 mailbox unavailable'), { responseCode: 550 }),
    );
    await (await sender()).execute('message-1');
    expect(manager.update).toHaveBeenCalledWith(
      Correspondence,
      { id: 'message-1', sendAttempt: claimedBy() },
      {
        status: 'bounced',
        error: 'Bounced: 550 mailbox unavailable',
        sealedSecrets: null,
      },
    );
    expect(audit.append).toHaveBeenCalledWith(
      expect.objectContaining({
        action: 'notice.bounced',
        data: expect.objectContaining({ code: 550, correspondenceId: 'message-1' }),
      }),
    );
    // Whoever works the request hears that the person did not get it.
    expect(alerts.stepFailed).toHaveBeenCalledWith(message.requestId, `notice ${message.kind}`);
  });

  it.each([
    ['a temporary refusal (421)', { responseCode: 421 }],
    ['a server that cannot be reached', { code: 'ECONNECTION', originalCode: 'ECONNREFUSED' }],
  ])(
    'gives the message back for another try after %s, and fails the try so the job retries',
    async (_case, failure) => {
      transport.send.mockRejectedValue(Object.assign(new Error('try again later'), failure));
      await expect((await sender()).execute('message-1')).rejects.toThrow('try again later');
      expect(claims.release).toHaveBeenCalledWith('message-1', claimedBy(), 'try again later');
      expect(claims.markAbandoned).not.toHaveBeenCalled();
      expect(audit.append).not.toHaveBeenCalled();
    },
  );

  const timeout = () => Object.assign(new Error('Timeout'), { code: 'ETIMEDOUT', command: 'CONN' });

  it('marks for staff, and never retries, a failure after the message’s end went out', async () => {
    transport.send.mockImplementation(serverAnswering(() => Promise.reject(timeout())));
    await (await sender()).execute('message-1');
    expect(claims.commit).toHaveBeenCalledWith('message-1', claimedBy());
    expect(claims.release).not.toHaveBeenCalled();
    expect(claims.markAbandoned).toHaveBeenCalledWith(
      { id: 'message-1', attempt: claimedBy() },
      undefined,
    );
  });

  it('gives the message back for another try when the connection failed before its end went out', async () => {
    transport.send.mockRejectedValue(timeout());
    await expect((await sender()).execute('message-1')).rejects.toThrow('Timeout');
    expect(claims.release).toHaveBeenCalledWith('message-1', claimedBy(), 'Timeout');
    expect(claims.markAbandoned).not.toHaveBeenCalled();
  });

  it('stops before the message’s end, and records nothing, when its claim was given back meanwhile', async () => {
    claims.commit.mockResolvedValue(false);
    await (await sender()).execute('message-1');
    expect(manager.update).not.toHaveBeenCalled();
    expect(claims.release).not.toHaveBeenCalled();
    expect(claims.markAbandoned).not.toHaveBeenCalled();
    expect(audit.append).not.toHaveBeenCalled();
  });

  it('never sends a message it could not claim (sent, kept, bounced or being sent)', async () => {
    claims.claim.mockResolvedValue(false);
    await (await sender()).execute('message-1');
    expect(transport.send).not.toHaveBeenCalled();
    expect(audit.append).not.toHaveBeenCalled();
    // A claim left by a dead attempt past its commit point is handed to staff instead.
    expect(claims.markAbandoned).toHaveBeenCalledWith({ id: 'message-1' }, undefined);
  });

  it('takes over, and sends, a claim whose attempt died before the message’s end went out', async () => {
    claims.claim.mockResolvedValueOnce(false).mockResolvedValueOnce(true);
    claims.releaseUncommitted.mockResolvedValue(['message-1']);
    await (await sender()).execute('message-1');
    expect(transport.send).toHaveBeenCalledTimes(1);
    expect(claims.markAbandoned).not.toHaveBeenCalled();
    expect(audit.append).toHaveBeenCalledWith(expect.objectContaining({ action: 'notice.sent' }));
  });

  it('keeps for staff a copy with the person’s link redacted, even one written before links were sealed', async () => {
    const link = `https://privacy.shop.example/status/${'a'.repeat(43)}?lang=en`;
    message.bodyText = `Follow your request: ${link}`;
    message.bodyHtml = `<a href="${link}">your request</a>`;
    await (await sender()).execute('message-1');
    expect(transport.send).toHaveBeenCalledWith(
      expect.objectContaining({ text: `Follow your request: ${link}` }),
    );
    expect(manager.update).toHaveBeenCalledWith(
      Correspondence,
      expect.anything(),
      expect.objectContaining({
        bodyText: 'Follow your request: {{status_url}}',
        bodyHtml: '<a href="{{status_url}}">your request</a>',
      }),
    );
  });

  it('never emails a letter: staff print and mail it', async () => {
    message.channel = 'postal';
    await (await sender()).execute('message-1');
    expect(transport.send).not.toHaveBeenCalled();
  });
});
