import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import { DataSubjectRequest } from './data-subject-request.entity';

/**
 * `threaded`: it quoted a request's reference and is on that request's timeline.
 * `draft`: waiting in the console's triage list for an officer.
 * `converted`: an officer turned it into the request it points to.
 * `not_a_request`: an officer filed it away, with a reason.
 */
export type MailboxMessageStatus = 'threaded' | 'draft' | 'converted' | 'not_a_request';

/**
 * Why a message could not be read whole: `malformed` (no sender could be read from it; what it
 * holds is kept as text) or `too_big` (over the size cap; it stays in the mailbox unread).
 */
export type MailboxMessageProblem = 'malformed' | 'too_big';

/** An attachment left out of the store, and why; never its name (it may name the person). */
export interface RefusedAttachment {
  byteSize: number;
  reason: 'wrong_type' | 'too_big' | 'empty';
}

/**
 * A message read from the support mailbox (issue 14, part 3). What it says (sender, subject,
 * date, text) is sealed with AES-256-GCM like intake documents; only the facts staff sort by are
 * in clear. The Message-ID is unique, so a restart or a second poller never stores it twice.
 */
@Entity({ name: 'mailbox_messages' })
@Check(
  'mailbox_messages_status_check',
  `"status" IN ('threaded', 'draft', 'converted', 'not_a_request')`,
)
@Index('mailbox_messages_draft_idx', ['receivedAt'], { where: "status = 'draft'" })
export class MailboxMessage {
  /** Chosen before the insert: the seal is bound to it. */
  @PrimaryColumn('uuid')
  id: string;

  @Index('mailbox_messages_message_id_key', { unique: true })
  @Column({ name: 'message_id', type: 'text' })
  messageId: string;

  @Column({ type: 'text' })
  status: MailboxMessageStatus;

  @Column({ type: 'text', nullable: true })
  problem: MailboxMessageProblem | null;

  /** The message's Date header, or when the mailbox received it when that is missing or wrong. */
  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;

  @Column({ name: 'byte_size', type: 'integer' })
  byteSize: number;

  @Column({ type: 'bytea', nullable: true })
  sealed: Buffer | null;

  @Column({ name: 'refused_attachments', type: 'jsonb', default: () => "'[]'" })
  refusedAttachments: RefusedAttachment[];

  @Index('mailbox_messages_request_id_idx')
  @Column({ name: 'request_id', type: 'uuid', nullable: true })
  requestId: string | null;

  @ManyToOne(() => DataSubjectRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request?: DataSubjectRequest;

  /** Why an officer filed it as not a request (their words, staff-only). */
  @Column({ name: 'filed_reason', type: 'text', nullable: true })
  filedReason: string | null;

  @Column({ name: 'triaged_by', type: 'text', nullable: true })
  triagedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A PDF, JPEG or PNG that came with a support message, sealed like the message itself. */
@Entity({ name: 'mailbox_attachments' })
export class MailboxAttachment {
  @PrimaryColumn('uuid')
  id: string;

  @Index('mailbox_attachments_message_idx')
  @Column({ name: 'mailbox_message_id', type: 'uuid' })
  mailboxMessageId: string;

  @ManyToOne(() => MailboxMessage, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mailbox_message_id' })
  message?: MailboxMessage;

  @Column({ type: 'integer' })
  position: number;

  /** Read from the file's first bytes, never from what the message claimed. */
  @Column({ name: 'content_type', type: 'text' })
  contentType: string;

  @Column({ name: 'byte_size', type: 'integer' })
  byteSize: number;

  @Column({ type: 'bytea' })
  sealed: Buffer;
}

/**
 * How far the poller has read a mailbox folder: the highest IMAP UID stored, valid while the
 * folder's UIDVALIDITY stays the same, and how the last attempt went (for the queue health page).
 */
@Entity({ name: 'mailbox_positions' })
export class MailboxPosition {
  /** Which folder of which account on which server, as "user@host:port/folder". */
  @PrimaryColumn({ type: 'text' })
  mailbox: string;

  @Column({ name: 'uid_validity', type: 'bigint', default: '0' })
  uidValidity: string;

  @Column({ name: 'last_uid', type: 'bigint', default: '0' })
  lastUid: string;

  @Column({ name: 'last_read_at', type: 'timestamptz', nullable: true })
  lastReadAt: Date | null;

  /** A code-like description of the last failure (`unreachable`, `login_refused`), no personal data. */
  @Column({ name: 'last_failure', type: 'text', nullable: true })
  lastFailure: string | null;

  @Column({ name: 'last_failure_at', type: 'timestamptz', nullable: true })
  lastFailureAt: Date | null;
}
