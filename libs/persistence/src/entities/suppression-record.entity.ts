import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * What remains after a deletion or a withdrawal of consent so the person is not added back to
 * marketing (regs 7022(b)(3)): a keyed hash of their normalised email, never the email itself.
 */
@Entity({ name: 'suppression_records' })
export class SuppressionRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('suppression_records_identity_hash_key', { unique: true })
  @Column({ name: 'identity_hash', type: 'text' })
  identityHash: string;

  /** Why: `deleted` or `consent_withdrawn`. */
  @Column({ type: 'text' })
  reason: 'deleted' | 'consent_withdrawn';

  /** The request that caused it; kept when the request's personal data is purged. */
  @Column({ name: 'request_id', type: 'uuid', nullable: true })
  requestId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
