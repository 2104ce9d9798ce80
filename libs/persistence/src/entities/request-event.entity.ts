import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { DataSubjectRequest } from './data-subject-request.entity';

/**
 * One row of the audit trail: append-only (a trigger refuses UPDATE and DELETE) and
 * hash-chained across all requests, so altering or removing any row breaks every later hash.
 */
@Entity({ name: 'request_events' })
@Index('request_events_request_id_seq_idx', ['requestId', 'seq'])
export class RequestEvent {
  /** Position in the global chain, assigned under a lock so the chain has no forks. */
  @PrimaryColumn({ type: 'bigint' })
  seq: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @ManyToOne(() => DataSubjectRequest, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'request_id' })
  request?: DataSubjectRequest;

  @Column({ type: 'timestamptz' })
  at: Date;

  /** "system", "worker", "subject" or a staff user id. */
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

  @Column({ name: 'prev_hash', type: 'text' })
  prevHash: string;

  @Column({ type: 'text' })
  hash: string;
}
