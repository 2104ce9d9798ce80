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
 * One download of an access package: when, through which grant, how many bytes went out and
 * whether it finished. Ids and counts only, no personal data (GDPR 5(2) accountability). Package
 * and grant are plain ids, not foreign keys: the record outlives a purged package (regs 7101).
 */
@Entity({ name: 'access_downloads' })
@Index('access_downloads_request_id_idx', ['requestId', 'startedAt'])
export class AccessDownload {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @ManyToOne(() => DataSubjectRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request?: DataSubjectRequest;

  @Column({ name: 'package_id', type: 'uuid' })
  packageId: string;

  /** The download challenge whose grant allowed this download. */
  @Column({ name: 'challenge_id', type: 'uuid' })
  challengeId: string;

  @CreateDateColumn({ name: 'started_at', type: 'timestamptz' })
  startedAt: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @Column({ name: 'byte_count', type: 'bigint', default: 0 })
  byteCount: string;

  /** started while streaming; completed when every byte went out; interrupted otherwise. */
  @Column({ type: 'text', default: 'started' })
  outcome: 'started' | 'completed' | 'interrupted';
}
