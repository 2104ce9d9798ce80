import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import {
  MailboxAttachment,
  MailboxMessage,
  MailboxMessageProblem,
  MailboxPosition,
  RefusedAttachment,
  openFromBytes,
  sealToBytes,
} from '@rightsdesk/persistence';
import type { InboundAttachment, InboundMessageContent } from './inbound-message';

/** A message about to be stored: what it says is sealed with `key`, bound to its row. */
export interface NewMailboxMessage {
  messageId: string;
  receivedAt: Date;
  byteSize: number;
  problem: MailboxMessageProblem | null;
  content: InboundMessageContent | null;
  attachments: InboundAttachment[];
  refusedAttachments: RefusedAttachment[];
}

/** An attachment as the triage page lists it. */
export interface MailboxAttachmentSummary {
  position: number;
  contentType: string;
  byteSize: number;
}

/**
 * The only SQL on mailbox_messages, mailbox_attachments and mailbox_positions, in the current
 * transaction. Sealing is the one used for intake documents and agents' authorizations.
 */
@Injectable()
export class MailboxMessages {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /**
   * Stores the message and its kept attachments as a draft; null when a message with this
   * Message-ID is already stored (by an earlier run or by another poller at the same moment:
   * the unique index makes the second insert wait for the first and then do nothing).
   */
  async add(message: NewMailboxMessage, key: Buffer): Promise<string | null> {
    const id = randomUUID();
    const sealed = message.content
      ? sealToBytes(key, id, Buffer.from(JSON.stringify(message.content)))
      : null;
    const inserted: unknown[] = await this.txHost.tx.query(
      `INSERT INTO mailbox_messages
         (id, message_id, status, problem, received_at, byte_size, sealed, refused_attachments)
       VALUES ($1, $2, 'draft', $3, $4, $5, $6, $7)
       ON CONFLICT (message_id) DO NOTHING RETURNING id`,
      [
        id,
        message.messageId,
        message.problem,
        message.receivedAt,
        message.byteSize,
        sealed,
        JSON.stringify(message.refusedAttachments),
      ],
    );
    if (inserted.length === 0) return null;
    for (const [position, attachment] of message.attachments.entries()) {
      const attachmentId = randomUUID();
      await this.txHost.tx.insert(MailboxAttachment, {
        id: attachmentId,
        mailboxMessageId: id,
        position,
        contentType: attachment.contentType,
        byteSize: attachment.content.length,
        sealed: sealToBytes(key, attachmentId, attachment.content),
      });
    }
    return id;
  }

  findById(id: string): Promise<MailboxMessage | null> {
    return this.txHost.tx.findOneBy(MailboxMessage, { id });
  }

  /** The message, locked until the transaction ends, so two officers cannot triage it at once. */
  lockById(id: string): Promise<MailboxMessage | null> {
    return this.txHost.tx.findOne(MailboxMessage, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async update(
    id: string,
    changes: Partial<Pick<MailboxMessage, 'status' | 'requestId' | 'filedReason' | 'triagedBy'>>,
  ): Promise<void> {
    await this.txHost.tx.update(MailboxMessage, { id }, changes);
  }

  /** What the message says, unsealed; null when it was too big to read. */
  contentOf(message: MailboxMessage, key: Buffer): InboundMessageContent | null {
    if (!message.sealed) return null;
    return JSON.parse(openFromBytes(key, message.id, message.sealed).toString('utf8'));
  }

  async attachmentsOf(mailboxMessageId: string): Promise<MailboxAttachmentSummary[]> {
    return this.txHost.tx.find(MailboxAttachment, {
      where: { mailboxMessageId },
      select: { position: true, contentType: true, byteSize: true },
      order: { position: 'ASC' },
    });
  }

  /** One attachment's file, unsealed; null when there is none at that position. */
  async openAttachment(
    mailboxMessageId: string,
    position: number,
    key: Buffer,
  ): Promise<{ contentType: string; content: Buffer } | null> {
    const row = await this.txHost.tx.findOneBy(MailboxAttachment, { mailboxMessageId, position });
    if (!row) return null;
    return { contentType: row.contentType, content: openFromBytes(key, row.id, row.sealed) };
  }

  /** Drafts waiting for an officer, oldest first (the draft index keeps this flat). */
  drafts(limit: number): Promise<MailboxMessage[]> {
    return this.txHost.tx.find(MailboxMessage, {
      where: { status: 'draft' },
      select: {
        id: true,
        receivedAt: true,
        byteSize: true,
        problem: true,
        refusedAttachments: true,
      },
      order: { receivedAt: 'ASC' },
      take: limit,
    });
  }

  /** Waiting messages that could not be read whole or lost a file, by what went wrong. */
  async draftTroubles(): Promise<{ malformed: number; tooBig: number; filesLeftOut: number }> {
    const [row] = (await this.txHost.tx.query(
      `SELECT count(*) FILTER (WHERE problem = 'malformed')::int AS malformed,
              count(*) FILTER (WHERE problem = 'too_big')::int AS "tooBig",
              count(*) FILTER (WHERE refused_attachments <> '[]'::jsonb)::int AS "filesLeftOut"
       FROM mailbox_messages WHERE status = 'draft'`,
    )) as Array<{ malformed: number; tooBig: number; filesLeftOut: number }>;
    return row;
  }

  countDrafts(): Promise<number> {
    return this.txHost.tx.countBy(MailboxMessage, { status: 'draft' });
  }

  /** Messages threaded onto or turned into this request, oldest first. */
  ofRequest(requestId: string): Promise<MailboxMessage[]> {
    return this.txHost.tx.find(MailboxMessage, {
      where: { requestId },
      order: { receivedAt: 'ASC' },
    });
  }

  position(mailbox: string): Promise<MailboxPosition | null> {
    return this.txHost.tx.findOneBy(MailboxPosition, { mailbox });
  }

  /**
   * Moves the folder's high-water mark up to `uid` (never down: another poller may be ahead),
   * starting again from nothing when the folder's UIDVALIDITY changed.
   */
  async advance(mailbox: string, uidValidity: string, uid: number): Promise<void> {
    await this.txHost.tx.query(
      `INSERT INTO mailbox_positions (mailbox, uid_validity, last_uid, last_read_at, last_failure)
       VALUES ($1, $2, $3, now(), NULL)
       ON CONFLICT (mailbox) DO UPDATE SET
         last_uid = CASE WHEN mailbox_positions.uid_validity = EXCLUDED.uid_validity
                         THEN GREATEST(mailbox_positions.last_uid, EXCLUDED.last_uid)
                         ELSE EXCLUDED.last_uid END,
         uid_validity = EXCLUDED.uid_validity, last_read_at = now(), last_failure = NULL`,
      [mailbox, uidValidity, uid],
    );
  }

  /** Records a read that worked (even with nothing new), clearing the last failure. */
  async recordRead(mailbox: string): Promise<void> {
    await this.txHost.tx.query(
      `INSERT INTO mailbox_positions (mailbox, last_read_at) VALUES ($1, now())
       ON CONFLICT (mailbox) DO UPDATE SET last_read_at = now(), last_failure = NULL`,
      [mailbox],
    );
  }

  async recordFailure(mailbox: string, failure: string): Promise<void> {
    await this.txHost.tx.query(
      `INSERT INTO mailbox_positions (mailbox, last_failure, last_failure_at) VALUES ($1, $2, now())
       ON CONFLICT (mailbox) DO UPDATE SET last_failure = $2, last_failure_at = now()`,
      [mailbox, failure],
    );
  }
}
