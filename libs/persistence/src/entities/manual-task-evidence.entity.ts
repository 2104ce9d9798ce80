import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { FulfilmentStep } from './fulfilment-step.entity';

/**
 * What staff recorded when they completed a waiting step by hand: a note and, optionally, a file
 * (a confirmation letter, a screenshot). Kept as evidence that a recipient was told and the task
 * done (GDPR Arts 5(2), 19; CCPA regs 7101); the file is sealed with AES-256-GCM like packages.
 */
@Entity({ name: 'manual_task_evidence' })
export class ManualTaskEvidence {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('manual_task_evidence_step_id_key', { unique: true })
  @Column({ name: 'step_id', type: 'uuid' })
  stepId: string;

  @ManyToOne(() => FulfilmentStep, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'step_id' })
  step?: FulfilmentStep;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  /** Who completed it: `api:<key id>`. */
  @Column({ name: 'completed_by', type: 'text' })
  completedBy: string;

  @Column({ type: 'text' })
  note: string;

  @Column({ name: 'file_name', type: 'text', nullable: true })
  fileName: string | null;

  @Column({ name: 'content_type', type: 'text', nullable: true })
  contentType: string | null;

  @Column({ name: 'byte_size', type: 'integer', nullable: true })
  byteSize: number | null;

  /** iv (12) | tag (16) | ciphertext, sealed to the step id (sealToBytes). */
  @Column({ name: 'sealed_file', type: 'bytea', nullable: true })
  sealedFile: Buffer | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
