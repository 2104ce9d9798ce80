import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import { Correspondence } from './correspondence.entity';
import { LetterBatch } from './letter-batch.entity';

export type LetterStatus = 'queued' | 'batched' | 'mailed' | 'returned';
export const LETTER_STATUSES: readonly LetterStatus[] = ['queued', 'batched', 'mailed', 'returned'];

/**
 * A notice rendered as a printed letter for a request answered by post (GDPR 12(1); Civ. Code
 * 1798.130(a)(2)). The PDF and what it was drawn from are sealed (AES-256-GCM) like other
 * personal data at rest: they hold the person's name and address.
 */
@Entity({ name: 'letters' })
@Index('letters_status_idx', ['status', 'createdAt'])
export class Letter {
  /** Chosen before sealing: the sealed columns are bound to it. */
  @PrimaryColumn('uuid')
  id: string;

  @Index('letters_correspondence_id_key', { unique: true })
  @Column({ name: 'correspondence_id', type: 'uuid' })
  correspondenceId: string;

  @ManyToOne(() => Correspondence, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'correspondence_id' })
  correspondence?: Correspondence;

  @Index('letters_request_id_idx')
  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  /** The request's reference, printed on the letter (not personal data). */
  @Column({ type: 'text' })
  reference: string;

  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text' })
  language: string;

  @Column({ type: 'integer' })
  pages: number;

  @Column({ type: 'text', default: 'queued' })
  status: LetterStatus;

  @Column({ name: 'batch_id', type: 'uuid', nullable: true })
  batchId: string | null;

  @ManyToOne(() => LetterBatch, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'batch_id' })
  batch?: LetterBatch;

  /** iv | tag | ciphertext of the PDF, sealed to `<id>:pdf`. */
  @Column({ name: 'sealed_pdf', type: 'bytea' })
  sealedPdf: Buffer;

  /** The LetterInput (content, letterhead, address, meta) as JSON, sealed to `<id>:input`. */
  @Column({ name: 'sealed_input', type: 'bytea' })
  sealedInput: Buffer;

  @Column({ name: 'mailed_on', type: 'date', nullable: true })
  mailedOn: string | null;

  @Column({ name: 'returned_at', type: 'timestamptz', nullable: true })
  returnedAt: Date | null;

  @Column({ name: 'return_reason', type: 'text', nullable: true })
  returnReason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
