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

/**
 * `bounced`: the receiving server refused the address for good (an SMTP 5xx reply); the message
 * is not tried again and the request shows it, so staff can find another way to reach the person.
 */
export type CorrespondenceStatus = 'pending' | 'sent' | 'captured' | 'failed' | 'bounced';

/** Every message the company sent (or will send) about a request, with the copy staff can open. */
@Entity({ name: 'correspondence' })
@Index('correspondence_request_dedupe_key', ['requestId', 'dedupeKey'], { unique: true })
export class Correspondence {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @ManyToOne(() => DataSubjectRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request?: DataSubjectRequest;

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

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
