import { Injectable } from '@nestjs/common';
import { isOpen, withoutMalformedText } from '@rightsdesk/domain';
import {
  ANSWER_MAX_ATTACHMENTS,
  ANSWER_MAX_CHARS,
  RecordPersonAnswerUseCase,
} from '@rightsdesk/intake';
import { redactPersonLinks } from '@rightsdesk/notices';
import { DataSubjectRequest } from '@rightsdesk/persistence';
import { AuditTrail, RequestRepository } from '@rightsdesk/requests';
import { InboundAttachment } from './inbound-message';
import { MailboxMessages } from './mailbox-messages';

/** A stored support message that may answer a request. */
export interface InboundMessageToThread {
  mailboxMessageId: string;
  receivedAt: Date;
  quotedReferences: readonly string[];
  attachmentCount: number;
  /** What the person wrote and the files kept, when the message could be read whole. */
  answer?: { text: string; attachments: readonly InboundAttachment[] };
}

/**
 * Threads a support message onto the request whose reference it quotes: the message belongs to
 * that request and its timeline records an inbound message, at the time it was sent. The first
 * quoted reference that names a request wins. Runs in the caller's transaction, so a message is
 * never stored without its thread. What the person wrote is also recorded as their answer on an
 * open request (both timelines, and the information-needed clock when we asked them something).
 */
@Injectable()
export class ThreadInboundMessageUseCase {
  constructor(
    private readonly messages: MailboxMessages,
    private readonly requests: RequestRepository,
    private readonly trail: AuditTrail,
    private readonly answers: RecordPersonAnswerUseCase,
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
      if (message.answer && isOpen(request.status)) await this.answer(request, message);
      return request.id;
    }
    return null;
  }

  /**
   * The email as the person's answer. An email is whatever the person sent, so it is made fit to
   * keep rather than refused: its own status link redacted (a reply quotes our email), text cut
   * to the answer's length, the time kept between the request's receipt and now.
   */
  private async answer(request: DataSubjectRequest, message: InboundMessageToThread) {
    const { text, attachments } = message.answer!;
    const now = new Date();
    const receivedAt = new Date(
      Math.min(now.getTime(), Math.max(request.receivedAt.getTime(), message.receivedAt.getTime())),
    );
    await this.answers.execute(
      request.id,
      {
        channel: 'email',
        receivedAt,
        text: keepableText(text, attachments.length),
        attachments: attachments
          .slice(0, ANSWER_MAX_ATTACHMENTS)
          .map(({ fileName, content }) => ({ fileName, content })),
      },
      'mailbox',
      now,
    );
  }
}

function keepableText(raw: string, files: number): string {
  const text = redactPersonLinks(withoutMalformedText(raw)).trim();
  if (!text) return files ? '(An email with files and no text.)' : '(An empty email.)';
  return text.length > ANSWER_MAX_CHARS ? `${text.slice(0, ANSWER_MAX_CHARS - 1)}…` : text;
}
