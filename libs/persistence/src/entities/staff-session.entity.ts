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
 * A signed-in browser. The cookie holds a random token; only its keyed hash is stored. A session
 * ends at sign-out, "sign out everywhere", deactivation, a password change, after the idle
 * timeout (`idle_expires_at`, pushed forward on use) or at its absolute end (`expires_at`).
 */
@Entity({ name: 'staff_sessions' })
@Index('staff_sessions_staff_user_id_idx', ['staffUserId'])
export class StaffSession {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'staff_user_id', type: 'uuid' })
  staffUserId: string;

  @ManyToOne(() => StaffUser, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'staff_user_id' })
  staffUser?: StaffUser;

  @Index('staff_sessions_token_hash_key', { unique: true })
  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'last_seen_at', type: 'timestamptz' })
  lastSeenAt: Date;

  @Column({ name: 'idle_expires_at', type: 'timestamptz' })
  idleExpiresAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  /** sign_out | sign_out_everywhere | deactivated | password_changed | reset_by_admin | role_changed */
  @Column({ name: 'ended_reason', type: 'text', nullable: true })
  endedReason: string | null;
}
