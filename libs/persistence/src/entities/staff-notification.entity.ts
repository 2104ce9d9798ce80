import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Correspondence } from './correspondence.entity';
import { DataSubjectRequest } from './data-subject-request.entity';
import { StaffUser } from './staff-user.entity';

/** assigned | due_soon | step_failed | reply | code_limit (libs/notices names them in words). */
export type StaffNotificationKind =
  'assigned' | 'due_soon' | 'step_failed' | 'reply' | 'code_limit';

/**
 * Something a staff member should hear about, kept until it is mailed: at once, or in their daily
 * digest. One row per member and `dedupeKey`, so the same event recorded twice (a retried job, two
 * workers on one day's due-soon run) is one notification. Holds the request's reference only,
 * never the requester's personal data.
 */
@Entity({ name: 'staff_notifications' })
@Index('staff_notifications_dedupe_key', ['staffUserId', 'dedupeKey'], { unique: true })
@Index('staff_notifications_unmailed_idx', ['staffUserId', 'createdAt'], {
  where: 'correspondence_id IS NULL',
})
export class StaffNotification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'staff_user_id', type: 'uuid' })
  staffUserId: string;

  @ManyToOne(() => StaffUser, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'staff_user_id' })
  staffUser?: StaffUser;

  @Column({ type: 'text' })
  kind: StaffNotificationKind;

  @Index('staff_notifications_request_id_idx')
  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @ManyToOne(() => DataSubjectRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request?: DataSubjectRequest;

  /** The request's reference, what the email names. */
  @Column({ type: 'text' })
  reference: string;

  /** e.g. "assigned:<request id>:<event id>" or "due_soon:<request id>:2026-12-08". */
  @Column({ name: 'dedupe_key', type: 'text' })
  dedupeKey: string;

  /** The email that told the member; null until mailed (the digest takes those). */
  @Column({ name: 'correspondence_id', type: 'uuid', nullable: true })
  correspondenceId: string | null;

  @ManyToOne(() => Correspondence, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'correspondence_id' })
  correspondence?: Correspondence;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
