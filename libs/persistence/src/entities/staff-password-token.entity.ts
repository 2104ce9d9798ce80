import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { StaffUser } from './staff-user.entity';

/**
 * A single-use, expiring link to set a password: `reset` (asked for on the sign-in page) or
 * `invite` (an admin added the member). Only a keyed hash of the token is stored.
 */
@Entity({ name: 'staff_password_tokens' })
@Index('staff_password_tokens_staff_user_id_idx', ['staffUserId'])
export class StaffPasswordToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'staff_user_id', type: 'uuid' })
  staffUserId: string;

  @ManyToOne(() => StaffUser, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'staff_user_id' })
  staffUser?: StaffUser;

  @Index('staff_password_tokens_token_hash_key', { unique: true })
  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @Column({ type: 'text' })
  purpose: 'reset' | 'invite';

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
