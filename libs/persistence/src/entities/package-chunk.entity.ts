import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AccessPackage } from './access-package.entity';

/**
 * One AES-256-GCM sealed piece of a package. Chunking lets a large package be written and read
 * as a stream, each chunk authenticated on its own (its own IV and tag).
 */
@Entity({ name: 'package_chunks' })
export class PackageChunk {
  @PrimaryColumn({ name: 'package_id', type: 'uuid' })
  packageId: string;

  @ManyToOne(() => AccessPackage, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'package_id' })
  package?: AccessPackage;

  @PrimaryColumn({ type: 'integer' })
  seq: number;

  @Column({ type: 'bytea' })
  iv: Buffer;

  @Column({ name: 'auth_tag', type: 'bytea' })
  authTag: Buffer;

  @Column({ type: 'bytea' })
  ciphertext: Buffer;
}
