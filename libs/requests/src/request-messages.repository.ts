import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import {
  MessageChannel,
  MessageDirection,
  RequestEvent,
  RequestMessage,
  RequestMessageAttachment,
  openFromBytes,
  sealToBytes,
} from '@rightsdesk/persistence';

/** A file to keep with a message, its type already read from its bytes. */
export interface MessageAttachmentUpload {
  fileName: string;
  contentType: string;
  content: Buffer;
}

/** A message as the timelines show it, with what its files are (never their bytes). */
export interface RequestMessageView {
  id: string;
  direction: MessageDirection;
  channel: MessageChannel;
  body: string;
  receivedAt: Date;
  recordedBy: string;
  attachments: Array<{ id: string; fileName: string; contentType: string; byteSize: number }>;
}

/**
 * The correspondence with the person about a request (request_messages and their sealed
 * attachments): the one place that reads and writes those tables, in the current transaction.
 */
@Injectable()
export class RequestMessages {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  async add(
    message: Pick<
      RequestMessage,
      'requestId' | 'direction' | 'channel' | 'body' | 'receivedAt' | 'recordedBy'
    >,
  ): Promise<string> {
    const rows = this.txHost.tx.getRepository(RequestMessage);
    return (await rows.save(rows.create(message))).id;
  }

  /** Seals the file with AES-256-GCM bound to its request, as console intake scans are. */
  async attach(
    requestId: string,
    messageId: string,
    file: MessageAttachmentUpload,
    key: Buffer,
  ): Promise<void> {
    const sealed = sealToBytes(key, requestId, file.content);
    await this.txHost.tx.insert(RequestMessageAttachment, {
      messageId,
      requestId,
      fileName: file.fileName.slice(0, 255),
      contentType: file.contentType,
      byteSize: file.content.length,
      iv: sealed.subarray(0, 12),
      authTag: sealed.subarray(12, 28),
      ciphertext: sealed.subarray(28),
    });
  }

  /** The request's messages in the order the company received them. */
  async of(requestId: string): Promise<RequestMessageView[]> {
    const messages = await this.txHost.tx.getRepository(RequestMessage).find({
      where: { requestId },
      order: { receivedAt: 'ASC', createdAt: 'ASC' },
    });
    const files = await this.txHost.tx.getRepository(RequestMessageAttachment).find({
      where: { requestId },
      select: { id: true, messageId: true, fileName: true, contentType: true, byteSize: true },
      order: { createdAt: 'ASC' },
    });
    return messages.map((message) => ({
      id: message.id,
      direction: message.direction,
      channel: message.channel,
      body: message.body,
      receivedAt: message.receivedAt,
      recordedBy: message.recordedBy,
      attachments: files
        .filter((file) => file.messageId === message.id)
        .map(({ id, fileName, contentType, byteSize }) => ({
          id,
          fileName,
          contentType,
          byteSize,
        })),
    }));
  }

  /** One file sent with an answer, unsealed; null when the request has no such file. */
  async openAttachment(
    requestId: string,
    attachmentId: string,
    key: Buffer,
  ): Promise<MessageAttachmentUpload | null> {
    const row = await this.txHost.tx
      .getRepository(RequestMessageAttachment)
      .findOne({ where: { id: attachmentId, requestId } });
    if (!row) return null;
    const content = openFromBytes(
      key,
      requestId,
      Buffer.concat([row.iv, row.authTag, row.ciphertext]),
    );
    return { fileName: row.fileName, contentType: row.contentType, content };
  }

  /**
   * When the person was last asked for information: when its question was sent where the ask
   * wrote one, else when the request was moved to wait (a correction that matched no record).
   */
  async lastAskedAt(requestId: string): Promise<Date | null> {
    const event = await this.txHost.tx.getRepository(RequestEvent).findOne({
      where: { requestId, action: 'request.ask_for_info' },
      order: { seq: 'DESC' },
      select: { at: true, data: true },
    });
    if (!event) return null;
    const questionId = (event.data as { questionId?: unknown } | null)?.questionId;
    if (typeof questionId !== 'string') return event.at;
    const question = await this.txHost.tx
      .getRepository(RequestMessage)
      .findOne({ where: { id: questionId, requestId }, select: { receivedAt: true } });
    return question?.receivedAt ?? event.at;
  }
}
