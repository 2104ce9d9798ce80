import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { AccessPackage } from './access-package.entity';
import { DataSubjectRequest } from './data-subject-request.entity';

/**
 * A one-time code emailed before a package is released (GDPR 12(3), 32; Civ. Code 1798.130: the
 * data only behind an authenticated, expiring link). Code and grant are stored only as keyed
 * hashes; the code expires and allows a few attempts; the right code opens a short download
 * grant. Asking for a new code supersedes the old one.
 */
@Entity({ name: 'download_challenges' })
@Index('download_challenges_request_id_idx', ['requestId', 'createdAt'])
export class DownloadChallenge {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @ManyToOne(() => DataSubjectRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request?: DataSubjectRequest;

  @Column({ name: 'package_id', type: 'uuid' })
  packageId: string;

  @ManyToOne(() => AccessPackage, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'package_id' })
  package?: AccessPackage;

  @Column({ name: 'code_hash', type: 'text' })
  codeHash: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'max_attempts', type: 'integer' })
  maxAttempts: number;

  /** Set when the code was accepted (granted), used up, or replaced by a newer code. */
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'closed_reason', type: 'text', nullable: true })
  closedReason: 'granted' | 'superseded' | 'exhausted' | null;

  /** Keyed hash of the download grant the right code opened (kept in the person's cookie). */
  @Index('download_challenges_grant_hash_key', { unique: true })
  @Column({ name: 'grant_hash', type: 'text', nullable: true })
  grantHash: string | null;

  @Column({ name: 'grant_expires_at', type: 'timestamptz', nullable: true })
  grantExpiresAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
