import { Injectable } from '@nestjs/common';
import { AuditTrail, RequestRepository } from '@rightsdesk/requests';
import { MailboxMessages } from './mailbox-messages';

/** A stored support message that may answer a request. */
export interface InboundMessageToThread {
  mailboxMessageId: string;
  receivedAt: Date;
  quotedReferences: readonly string[];
  attachmentCount: number;
}

/**
 * Threads a support message onto the request whose reference it quotes: the message belongs to
 * that request and its timeline records an inbound message, at the time it was sent. The first
 * quoted reference that names a request wins. Runs in the caller's transaction, so a message is
 * never stored without its thread. Correspondence (the information-needed clock, the status
 * page) builds on the event recorded here.
 */
@Injectable()
export class ThreadInboundMessageUseCase {
  constructor(
    private readonly messages: MailboxMessages,
    private readonly requests: RequestRepository,
    private readonly trail: AuditTrail,
  ) {}

  /** The request's id when the message was threaded, null when it quotes no known request. */
  async thread(message: InboundMessageToThread): Promise<string | null> {
    for (const reference of message.quotedReferences) {
      const request = await this.requests.findByReference(reference);
      if (!request) continue;
      await this.messages.update(message.mailboxMessageId, {
        status: 'threaded',
        requestId: request.id,
      });
      await this.trail.append({
        requestId: request.id,
        actor: 'mailbox',
        action: 'correspondence.inbound_received',
        data: {
          mailboxMessageId: message.mailboxMessageId,
          channel: 'email',
          attachments: message.attachmentCount,
        },
        at: message.receivedAt,
      });
      return request.id;
    }
    return null;
  }
}
