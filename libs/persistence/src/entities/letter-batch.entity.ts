import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type LetterBatchStatus = 'open' | 'mailed';

/** Letters taken together to be printed and mailed: one PDF, one trip to the post office. */
@Entity({ name: 'letter_batches' })
export class LetterBatch {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** open until staff say the letters were mailed. */
  @Column({ type: 'text', default: 'open' })
  status: LetterBatchStatus;

  @Column({ name: 'letter_count', type: 'integer' })
  letterCount: number;

  /** Who made the batch: `api:<key id>`. */
  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @Column({ name: 'mailed_on', type: 'date', nullable: true })
  mailedOn: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
