import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { DataSubjectRequest } from './data-subject-request.entity';
import { StaffUser } from './staff-user.entity';

/**
 * `sending`: an attempt claimed the message and may be talking to the SMTP server right now.
 * `unconfirmed`: that attempt died without recording the server's answer, so the message may
 * have been delivered; it is never sent again on its own, staff check and resend or confirm.
 * `bounced`: the receiving server refused the address for good (an SMTP 5xx reply); the message
 * is not tried again and the request shows it, so staff can find another way to reach the person.
 */
export type CorrespondenceStatus =
  'pending' | 'sending' | 'unconfirmed' | 'sent' | 'captured' | 'failed' | 'bounced';

/**
 * Every message the company sent (or will send) about a request, with the copy staff can open, and
 * every notification mailed to a staff member (no request of its own, only references).
 */
@Entity({ name: 'correspondence' })
@Index('correspondence_request_dedupe_key', ['requestId', 'dedupeKey'], { unique: true })
@Index('correspondence_staff_dedupe_key', ['staffUserId', 'dedupeKey'], {
  unique: true,
  where: 'staff_user_id IS NOT NULL',
})
@Index('correspondence_next_try_idx', ['nextTryAt'], {
  where: "status = 'pending' AND next_try_at IS NOT NULL",
})
@Index('correspondence_sending_idx', ['sendClaimedAt'], { where: "status = 'sending'" })
@Index('correspondence_unconfirmed_idx', ['sendCommittedAt'], { where: "status = 'unconfirmed'" })
export class Correspondence {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Null for a staff notification, which may name several requests (staffUserId is set). */
  @Column({ name: 'request_id', type: 'uuid', nullable: true })
  requestId: string | null;

  @ManyToOne(() => DataSubjectRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request?: DataSubjectRequest;

  /** The staff member a notification goes to; null for a notice to a person. */
  @Column({ name: 'staff_user_id', type: 'uuid', nullable: true })
  staffUserId: string | null;

  @ManyToOne(() => StaffUser, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'staff_user_id' })
  staffUser?: StaffUser;

  /** Makes writing the same notice twice (a retried job) a no-op, e.g. "receipt:email". */
  @Column({ name: 'dedupe_key', type: 'text' })
  dedupeKey: string;

  /** Which notice: receipt, access_completed, … */
  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text' })
  channel: 'email' | 'postal';

  @Column({ type: 'text' })
  language: string;

  @Column({ type: 'text' })
  recipient: string;

  @Column({ type: 'text' })
  subject: string;

  @Column({ name: 'body_text', type: 'text' })
  bodyText: string;

  @Column({ name: 'body_html', type: 'text', nullable: true })
  bodyHtml: string | null;

  /**
   * Secrets the message needs only when sent (a verification code and link), sealed with
   * AES-256-GCM and erased once sent; the stored body keeps placeholders instead.
   */
  @Column({ name: 'sealed_secrets', type: 'bytea', nullable: true })
  sealedSecrets: Buffer | null;

  /** pending until sent; captured when no SMTP server is configured (kept, not sent). */
  @Column({ type: 'text', default: 'pending' })
  status: CorrespondenceStatus;

  @Column({ name: 'message_id', type: 'text', nullable: true })
  messageId: string | null;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  /** The attempt that claimed the send: only it may record the server's answer. */
  @Column({ name: 'send_attempt', type: 'uuid', nullable: true })
  sendAttempt: string | null;

  /** When (the database's clock) the last attempt claimed the send, before speaking SMTP. */
  @Column({ name: 'send_claimed_at', type: 'timestamptz', nullable: true })
  sendClaimedAt: Date | null;

  /**
   * When (the database's clock) the attempt was about to write the message's end: before it, the
   * SMTP server cannot have delivered it; after it, without a recorded 250, it may have.
   */
  @Column({ name: 'send_committed_at', type: 'timestamptz', nullable: true })
  sendCommittedAt: Date | null;

  /** When the archive mailbox was last read for this message (once per commit point). */
  @Column({ name: 'archive_checked_at', type: 'timestamptz', nullable: true })
  archiveCheckedAt: Date | null;

  /** When it was sent again because the archive held no copy: that happens at most once. */
  @Column({ name: 'archive_resent_at', type: 'timestamptz', nullable: true })
  archiveResentAt: Date | null;

  @Column({ name: 'send_tries', type: 'integer', default: 0 })
  sendTries: number;

  /** After a failed try: when the retry sweep sends it again (its backoff grows with each try). */
  @Column({ name: 'next_try_at', type: 'timestamptz', nullable: true })
  nextTryAt: Date | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
