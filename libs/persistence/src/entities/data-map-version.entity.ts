import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** `file`: imported from DATA_MAP_PATH at start-up; `upload`: an admin uploaded it. */
export type DataMapOrigin = 'file' | 'upload';

/**
 * A data map as uploaded (the YAML text, validated before it is stored). A draft has no version
 * number; activating it gives it the next one, and the highest activated version is the one the
 * api and the worker use. Rows are never edited after activation, so a request's pinned version
 * always reads the same map.
 */
@Entity({ name: 'data_map_versions' })
export class DataMapVersion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Null while a draft; 1, 2, 3 ... in the order versions were activated. */
  @Index('data_map_versions_version_key', { unique: true })
  @Column({ type: 'integer', nullable: true })
  version: number | null;

  @Column({ type: 'text' })
  origin: DataMapOrigin;

  @Column({ type: 'text' })
  yaml: string;

  /** sha256 of the YAML text: the start-up import recognises a file it already holds. */
  @Column({ type: 'text' })
  sha256: string;

  /** The active version the draft was compared with; activation refuses a stale comparison. */
  @Column({ name: 'based_on_version', type: 'integer', nullable: true })
  basedOnVersion: number | null;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'activated_by', type: 'text', nullable: true })
  activatedBy: string | null;

  @Column({ name: 'activated_at', type: 'timestamptz', nullable: true })
  activatedAt: Date | null;
}
