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
 * The signed permission (or power of attorney) an authorized agent presented, kept as evidence
 * (regs 7063, 7101) and never sent on. The file is sealed with AES-256-GCM like packages.
 */
@Entity({ name: 'agent_authorizations' })
export class AgentAuthorization {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('agent_authorizations_request_id_key', { unique: true })
  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @ManyToOne(() => DataSubjectRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request?: DataSubjectRequest;

  @Column({ name: 'agent_name', type: 'text' })
  agentName: string;

  @Column({ name: 'agent_email', type: 'text' })
  agentEmail: string;

  /** A power of attorney skips the person's own confirmation (regs 7063(b)). */
  @Column({ type: 'text' })
  kind: 'signed_permission' | 'power_of_attorney';

  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
