import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { DataSubjectRequest } from './data-subject-request.entity';

export const FULFILMENT_ACTIONS = ['access', 'erase', 'correct', 'withdraw_consent'] as const;
export type FulfilmentAction = (typeof FULFILMENT_ACTIONS)[number];
/** `waiting`: told a recipient who will call back, or a task staff must do by hand. */
export type FulfilmentStepStatus = 'pending' | 'waiting' | 'done' | 'failed';

/**
 * One action on one data source for one request: the unit a fulfilment job carries out, retries
 * and reports. `planned` holds what was found before acting (row keys and counts, no personal
 * data), so a step that crashed after its source committed still reports the right result.
 */
@Entity({ name: 'fulfilment_steps' })
@Index('fulfilment_steps_request_action_source_key', ['requestId', 'action', 'source'], {
  unique: true,
})
export class FulfilmentStep {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @ManyToOne(() => DataSubjectRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request?: DataSubjectRequest;

  @Column({ type: 'text' })
  action: FulfilmentAction;

  /** The data-map system the step acts on. */
  @Column({ type: 'text' })
  source: string;

  @Column({ type: 'text', default: 'pending' })
  status: FulfilmentStepStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'jsonb', nullable: true })
  planned: Record<string, unknown> | null;

  /** The receipt: counts per table, fields changed, what was kept and why. */
  @Column({ type: 'jsonb', nullable: true })
  result: Record<string, unknown> | null;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
