import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A job to start, written in the same transaction as the state change that causes it and
 * relayed to BullMQ afterwards, so a Redis outage never loses work.
 */
@Entity({ name: 'outbox' })
@Index('outbox_pending_idx', ['availableAt'], { where: 'relayed_at IS NULL' })
@Index('outbox_relayed_at_idx', ['relayedAt'], { where: 'relayed_at IS NOT NULL' })
export class OutboxMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  queue: string;

  @Column({ name: 'job_name', type: 'text' })
  jobName: string;

  /** BullMQ job id: derived from request, step and source, so relaying twice is harmless. */
  @Index('outbox_job_id_key', { unique: true })
  @Column({ name: 'job_id', type: 'text' })
  jobId: string;

  /** Ids and a schema version only: never personal data. */
  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @Column({ name: 'available_at', type: 'timestamptz', default: () => 'now()' })
  availableAt: Date;

  @Column({ name: 'relayed_at', type: 'timestamptz', nullable: true })
  relayedAt: Date | null;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
