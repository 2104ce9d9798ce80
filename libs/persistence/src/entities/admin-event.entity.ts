import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The audit trail of administration (data map versions, policy settings, queue retries): who,
 * when, what, with facts only. Append-only (a trigger refuses UPDATE and DELETE) and
 * hash-chained, each row's hash covering its predecessor's, like the requests' trail.
 */
@Entity({ name: 'admin_events' })
export class AdminEvent {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  seq: string;

  @Column({ type: 'timestamptz' })
  at: Date;

  /** "system" or the staff member or API key that acted. */
  @Column({ type: 'text' })
  actor: string;

  @Column({ type: 'text' })
  action: string;

  /** Facts only (versions, setting keys, job ids); never personal data. */
  @Column({ type: 'jsonb', default: {} })
  data: Record<string, unknown>;

  @Column({ name: 'prev_hash', type: 'text' })
  prevHash: string;

  @Column({ type: 'text' })
  hash: string;
}
