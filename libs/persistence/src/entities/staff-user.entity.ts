import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** admin | privacy_officer | auditor (libs/staff names them and their rules). */
export type StaffRoleName = 'admin' | 'privacy_officer' | 'auditor';

/** immediate: an email for each notification; digest: one email a day listing them. */
export type StaffNotifyBy = 'immediate' | 'digest';

/**
 * A member of staff who signs in to the console. The password is stored only as an argon2id
 * hash; the TOTP secret is sealed (AES-256-GCM with the package key, bound to the user id).
 */
@Entity({ name: 'staff_users' })
export class StaffUser {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Lower-cased, so one address is one account. */
  @Index('staff_users_email_key', { unique: true })
  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  role: StaffRoleName;

  /** Null until an invited member sets a password through their link. */
  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash: string | null;

  @Column({ name: 'password_changed_at', type: 'timestamptz', nullable: true })
  passwordChangedAt: Date | null;

  /** Sealed TOTP secret; set at enrolment, confirmed when `totpEnabledAt` is set. */
  @Column({ name: 'totp_secret', type: 'bytea', nullable: true })
  totpSecret: Buffer | null;

  @Column({ name: 'totp_enabled_at', type: 'timestamptz', nullable: true })
  totpEnabledAt: Date | null;

  /** The last time step a code was accepted for: no code is accepted twice (RFC 6238 §5.2). */
  @Column({ name: 'totp_last_counter', type: 'bigint', nullable: true })
  totpLastCounter: string | null;

  /** Deactivated members cannot sign in; their sessions are ended. Rows are kept for the audit trail. */
  @Column({ name: 'deactivated_at', type: 'timestamptz', nullable: true })
  deactivatedAt: Date | null;

  @Column({ name: 'last_sign_in_at', type: 'timestamptz', nullable: true })
  lastSignInAt: Date | null;

  /** How the member hears of work for them: an email each time, or one a day (issue 14, part 5). */
  @Column({ name: 'notify_by', type: 'text', default: 'immediate' })
  notifyBy: StaffNotifyBy;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
