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
 * One emailed proof of control of an address: a six-digit code and a one-click link, both stored
 * only as keyed hashes, both expiring, with a limited number of attempts. Issuing a new one
 * supersedes the old, so only the latest code works.
 */
@Entity({ name: 'verification_challenges' })
@Index('verification_challenges_request_id_idx', ['requestId', 'createdAt'])
@Index('verification_challenges_identity_hash_idx', ['identityHash', 'createdAt'])
export class VerificationChallenge {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @ManyToOne(() => DataSubjectRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request?: DataSubjectRequest;

  /** Keyed hash of the person's email: codes and guesses are limited per person, not per request. */
  @Column({ name: 'identity_hash', type: 'text', nullable: true })
  identityHash: string | null;

  @Column({ name: 'code_hash', type: 'text' })
  codeHash: string;

  @Index('verification_challenges_link_hash_key', { unique: true })
  @Column({ name: 'link_hash', type: 'text' })
  linkHash: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'max_attempts', type: 'integer' })
  maxAttempts: number;

  /** Set when the code or link was accepted, or when a newer challenge replaced this one. */
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'closed_reason', type: 'text', nullable: true })
  closedReason: 'confirmed' | 'superseded' | 'exhausted' | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
