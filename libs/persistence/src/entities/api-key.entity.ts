import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Scopes an API key may hold; each REST route names the one it needs. */
export const API_SCOPES = [
  'requests:write',
  'requests:read',
  'requests:verify',
  'requests:appeal',
  /** Entering requests that arrived by post, phone or email (staff intake). */
  'requests:intake',
  /** Acting on requests: retrying a failed fulfilment, completing a manual task. */
  'requests:manage',
  /** Asking which addresses must not be (re-)added to marketing. */
  'suppressions:read',
  /** The print queue: listing letters, batching and printing them, recording mailed and returned. */
  'letters:manage',
  /** Compliance reports: CCPA metrics, timeliness, request log, audit log, record of processing. */
  'reports:read',
  /** Administration: the data map's versions (view, upload, compare, activate). */
  'admin:data-map',
  /** Administration: policy settings (auto-approval, verification, holidays, letterhead). */
  'admin:settings',
  /** Administration: queue health and retrying failed jobs. */
  'admin:queues',
] as const;
export type ApiScope = (typeof API_SCOPES)[number];

/**
 * A key for the company's other systems. Only a hash is stored; the key is shown once when
 * created. `prefix` (the first characters, not secret) finds the row without scanning.
 */
@Entity({ name: 'api_keys' })
export class ApiKey {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Index('api_keys_prefix_key', { unique: true })
  @Column({ type: 'text' })
  prefix: string;

  @Column({ name: 'key_hash', type: 'text' })
  keyHash: string;

  @Column({ type: 'text', array: true })
  scopes: ApiScope[];

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
