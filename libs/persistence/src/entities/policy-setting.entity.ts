import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * An admin's override of one policy setting (auto-approval, verification, holidays, letterhead).
 * A setting without a row takes its default from the environment.
 */
@Entity({ name: 'policy_settings' })
export class PolicySetting {
  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ type: 'jsonb' })
  value: unknown;

  @Column({ name: 'updated_by', type: 'text' })
  updatedBy: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
