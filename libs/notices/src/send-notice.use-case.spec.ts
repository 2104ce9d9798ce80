import { APP_CONFIG } from '@rightsdesk/config';
import { Correspondence } from '@rightsdesk/persistence';
import { AuditTrail } from '@rightsdesk/requests';
import { useCaseModule } from '../../../test/support/use-case-module';
import { MailTransport } from './mail-transport';
import { SendNoticeUseCase } from './send-notice.use-case';

describe(SendNoticeUseCase.name, () => {
  let message: Partial<Correspondence>;
  const stored = { findOneByOrFail: jest.fn(async () => message), update: jest.fn() };
  const manager = { getRepository: jest.fn(() => stored), update: jest.fn() };
  const transport = { send: jest.fn() };
  const audit = { append: jest.fn() };

  async function sender(): Promise<SendNoticeUseCase> {
    const moduleRef = await useCaseModule(
      SendNoticeUseCase,
      [
        { provide: MailTransport, useValue: transport },
        { provide: AuditTrail, useValue: audit },
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
    transport.send.mockResolvedValue({ delivered: true, messageId: '<message-1@rightsdesk>' });
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
      { id: 'message-1' },
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
      { id: 'message-1' },
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
      { id: 'message-1' },
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
  });

  it('keeps a temporary failure (421) on the message for staff and fails the try, so the job retries', async () => {
    transport.send.mockRejectedValue(
      Object.assign(new Error('421 try again later'), { responseCode: 421 }),
    );
    await expect((await sender()).execute('message-1')).rejects.toThrow('421 try again later');
    expect(stored.update).toHaveBeenCalledWith(
      { id: 'message-1' },
      { error: '421 try again later' },
    );
    expect(audit.append).not.toHaveBeenCalled();
  });

  it.each(['sent', 'captured', 'bounced'])(
    'never sends a message already %s again',
    async (status) => {
      message.status = status as Correspondence['status'];
      await (await sender()).execute('message-1');
      expect(transport.send).not.toHaveBeenCalled();
      expect(audit.append).not.toHaveBeenCalled();
    },
  );

  it('never emails a letter: staff print and mail it', async () => {
    message.channel = 'postal';
    await (await sender()).execute('message-1');
    expect(transport.send).not.toHaveBeenCalled();
  });
});
