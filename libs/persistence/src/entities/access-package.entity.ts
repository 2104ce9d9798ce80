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

/** Per-table counts in a package; the data itself is in encrypted chunks. */
export interface PackageManifestEntry {
  system: string;
  table: string;
  /** The dataset's name for people, from the data map. */
  label: string;
  rows: number;
  /**
   * What the package's report stated about this dataset (purposes, categories, recipients,
   * retention, source, automated decisions), so the letter form of the answer states the same.
   * Absent in packages built before it was recorded.
   */
  facts?: object;
}

/** A person's data, collected for an access request and stored encrypted at rest. */
@Entity({ name: 'access_packages' })
export class AccessPackage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('access_packages_request_id_key', { unique: true })
  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @ManyToOne(() => DataSubjectRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request?: DataSubjectRequest;

  /** building while chunks are written; ready once every chunk is stored and counted. */
  @Column({ type: 'text', default: 'building' })
  status: 'building' | 'ready';

  @Column({ type: 'text' })
  format: string;

  @Column({ type: 'jsonb', default: [] })
  manifest: PackageManifestEntry[];

  @Column({ name: 'row_count', type: 'integer', default: 0 })
  rowCount: number;

  @Column({ name: 'byte_size', type: 'bigint', default: 0 })
  byteSize: string;

  @Column({ name: 'chunk_count', type: 'integer', default: 0 })
  chunkCount: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
