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
 * An internal note staff leave on a request. Kept apart from the audit trail because a note may
 * hold personal data (audit rows never do); the trail records that a note was added, by whom.
 */
@Entity({ name: 'request_notes' })
@Index('request_notes_request_id_created_at_idx', ['requestId', 'createdAt'])
export class RequestNote {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @ManyToOne(() => DataSubjectRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request?: DataSubjectRequest;

  /** A staff member's id or `api:<key id>`, as in the audit trail. */
  @Column({ type: 'text' })
  author: string;

  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
