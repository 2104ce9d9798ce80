import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DataSubjectRequest } from './data-subject-request.entity';

/**
 * One row of the audit trail: append-only (a trigger refuses DELETE, and UPDATE of anything but
 * the seal) and hash-chained across all requests. Rows are written unsealed in the transaction
 * of the change they record, so no transaction waits on another; the sealer then gives them
 * their chain position and hash in commit order, many rows per transaction.
 */
@Entity({ name: 'request_events' })
@Index('request_events_request_id_seq_idx', ['requestId', 'seq'])
@Index('request_events_unsealed_idx', ['seq'], { where: 'chain_seq IS NULL' })
export class RequestEvent {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  seq: string;

  /** Null for staff actions that concern no request (sign-in, staff and API key changes). */
  @Column({ name: 'request_id', type: 'uuid', nullable: true })
  requestId: string | null;

  @ManyToOne(() => DataSubjectRequest, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'request_id' })
  request?: DataSubjectRequest;

  @Column({ type: 'timestamptz' })
  at: Date;

  /** "system", "worker", "subject", "api:<key id>" or "staff:<staff user id>". */
  @Column({ type: 'text' })
  actor: string;

  @Column({ type: 'text' })
  action: string;

  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus: string | null;

  @Column({ name: 'to_status', type: 'text', nullable: true })
  toStatus: string | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  /** Facts about the event; never personal data in clear. */
  @Column({ type: 'jsonb', default: {} })
  data: Record<string, unknown>;

  /** Position in the one global chain; null until sealed. */
  @Index('request_events_chain_seq_key', { unique: true })
  @Column({ name: 'chain_seq', type: 'bigint', nullable: true })
  chainSeq: string | null;

  @Column({ name: 'prev_hash', type: 'text', nullable: true })
  prevHash: string | null;

  @Column({ type: 'text', nullable: true })
  hash: string | null;
}
