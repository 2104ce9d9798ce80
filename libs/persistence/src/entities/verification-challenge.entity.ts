import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { DataSubjectRequest } from './data-subject-request.entity';

/** What an emailed code is for: proving control of the address, or reopening a lost request. */
export type ChallengePurpose = 'verify' | 'find_request';

/**
 * One emailed code about a request, stored only as a keyed hash, expiring, with a limited number
 * of attempts: a proof of control of an address (purpose verify, with a one-click link), or the
 * code that reopens a request its person found again by reference and email (find_request, no
 * link; the right code opens the status page under a fresh link). A new code supersedes the
 * open one of the same purpose, so only the latest works.
 */
@Entity({ name: 'verification_challenges' })
@Index('verification_challenges_request_id_idx', ['requestId', 'createdAt'])
@Check('verification_challenges_purpose_check', `"purpose" IN ('verify', 'find_request')`)
@Index('verification_challenges_identity_hash_idx', ['identityHash', 'createdAt'])
export class VerificationChallenge {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @ManyToOne(() => DataSubjectRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request?: DataSubjectRequest;

  @Column({ type: 'text', default: 'verify' })
  purpose: ChallengePurpose;

  /** Keyed hash of the person's email: codes and guesses are limited per person, not per request. */
  @Column({ name: 'identity_hash', type: 'text', nullable: true })
  identityHash: string | null;

  @Column({ name: 'code_hash', type: 'text' })
  codeHash: string;

  /** The one-click link of a verification; a find-request code has none. */
  @Index('verification_challenges_link_hash_key', { unique: true })
  @Column({ name: 'link_hash', type: 'text', nullable: true })
  linkHash: string | null;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'max_attempts', type: 'integer' })
  maxAttempts: number;

  /** Set when the code or link was accepted or used up, or a newer challenge replaced this one. */
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'closed_reason', type: 'text', nullable: true })
  closedReason: 'confirmed' | 'opened' | 'superseded' | 'exhausted' | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
