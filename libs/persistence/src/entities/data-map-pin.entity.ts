import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { DataSubjectRequest } from './data-subject-request.entity';

/**
 * The data map version a request's fulfilment started with. Its steps, retries and completion
 * check use that version even if an admin activates another meanwhile, so one request is never
 * carried out half by one map and half by the next.
 */
@Entity({ name: 'data_map_pins' })
export class DataMapPin {
  @PrimaryColumn({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @ManyToOne(() => DataSubjectRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'data_map_pins_request_id_fkey' })
  request?: DataSubjectRequest;

  @Column({ type: 'integer' })
  version: number;

  @CreateDateColumn({ name: 'pinned_at', type: 'timestamptz' })
  pinnedAt: Date;
}
