import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * Failed sign-ins per account, keyed by a keyed hash of the typed email (never the address),
 * so an address with no account is counted and locked exactly like one with an account.
 */
@Entity({ name: 'staff_sign_in_throttles' })
export class StaffSignInThrottle {
  @PrimaryColumn({ name: 'subject_hash', type: 'text' })
  subjectHash: string;

  @Column({ type: 'integer', default: 0 })
  failures: number;

  @Column({ name: 'window_started_at', type: 'timestamptz', nullable: true })
  windowStartedAt: Date | null;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @Column({ type: 'integer', default: 0 })
  lockouts: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
