import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { DataSubjectRequest } from './data-subject-request.entity';

/**
 * The scanned letter or the note of a call that staff attached when entering a request, kept as
 * the record of what the person asked (regs 7101) and never sent on to anyone. The file is
 * sealed with AES-256-GCM, like an agent's authorization.
 */
@Entity({ name: 'intake_documents' })
export class IntakeDocument {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('intake_documents_request_id_key', { unique: true })
  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @ManyToOne(() => DataSubjectRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request?: DataSubjectRequest;

  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  /** Read from the file's first bytes, never from its name or what the browser said. */
  @Column({ name: 'content_type', type: 'text' })
  contentType: string;

  @Column({ name: 'byte_size', type: 'integer' })
  byteSize: number;

  @Column({ type: 'bytea' })
  iv: Buffer;

  @Column({ name: 'auth_tag', type: 'bytea' })
  authTag: Buffer;

  @Column({ type: 'bytea' })
  ciphertext: Buffer;

  /** The staff member who attached it. */
  @Column({ name: 'attached_by', type: 'text' })
  attachedBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
