import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import {
  ANSWER_CHANNELS,
  DueDate,
  AnswerChannel,
  LANGUAGES,
  MANNERS,
  OPEN_STATUSES,
  REGIMES,
  REQUEST_STATUSES,
  REQUEST_TYPES,
  Language,
  Manner,
  Regime,
  RequestStatus,
  RequestType,
} from '@rightsdesk/domain';
import { StaffUser } from './staff-user.entity';
import { SubjectIdentity } from './subject-identity.entity';

/** What went wrong in the last failed step, shown to staff. */
export interface RequestFailure {
  step: string;
  source?: string;
  message: string;
  at: string;
}

const oneOf = (column: string, values: readonly string[]) =>
  `"${column}" IN (${values.map((value) => `'${value}'`).join(', ')})`;

@Entity({ name: 'requests' })
@Check('requests_type_check', oneOf('type', REQUEST_TYPES))
@Check('requests_status_check', oneOf('status', REQUEST_STATUSES))
@Check('requests_regime_check', oneOf('regime', REGIMES))
@Check('requests_manner_check', oneOf('manner', MANNERS))
@Check('requests_answer_channel_check', oneOf('answer_channel', ANSWER_CHANNELS))
@Check('requests_language_check', oneOf('language', LANGUAGES))
@Index('requests_status_due_at_idx', ['status', 'dueAt'])
@Index('requests_received_at_idx', ['receivedAt'])
@Index('requests_retention_idx', ['closedAt'], { where: 'personal_data_purged_at IS NULL' })
// The review queue pages by (due_at, id) or (received_at, id) with keyset cursors; open requests,
// the queue's default, have their own partial index so closed history never slows the first page.
@Index('requests_due_at_id_idx', ['dueAt', 'id'])
@Index('requests_open_due_at_id_idx', ['dueAt', 'id'], {
  where: `status IN (${OPEN_STATUSES.map((status) => `'${status}'`).join(', ')})`,
})
@Index('requests_received_at_id_idx', ['receivedAt', 'id'])
@Index('requests_assignee_due_at_idx', ['assigneeId', 'dueAt', 'id'])
// The CCPA metrics scoped to California read one year of California residents (regs 7102).
@Index('requests_residence_received_at_idx', ['residenceCountry', 'residenceRegion', 'receivedAt'])
@Check('requests_residence_country_check', `"residence_country" ~ '^[A-Z]{2}$'`)
export class DataSubjectRequest {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('requests_reference_key', { unique: true })
  @Column({ type: 'text' })
  reference: string;

  @Column({ type: 'text' })
  type: RequestType;

  @Column({ type: 'text' })
  status: RequestStatus;

  @Column({ type: 'text' })
  regime: Regime;

  @Column({ type: 'text' })
  manner: Manner;

  @Column({ name: 'answer_channel', type: 'text' })
  answerChannel: AnswerChannel;

  @Column({ type: 'text' })
  language: Language;

  @Index('requests_subject_id_idx')
  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  @ManyToOne(() => SubjectIdentity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'subject_id' })
  subject?: SubjectIdentity;

  /**
   * Where the person said they live (ISO 3166-1 alpha-2, upper case), null when they gave no
   * residence: reports count by it (regs 7102: California consumers), not by the regime.
   */
  @Column({ name: 'residence_country', type: 'text', nullable: true })
  residenceCountry: string | null;

  /** The state or region within the country (ISO 3166-2 without the prefix, e.g. "CA"). */
  @Column({ name: 'residence_region', type: 'text', nullable: true })
  residenceRegion: string | null;

  /** Type-specific input (access scope, corrections, consent purposes). */
  @Column({ type: 'jsonb', default: {} })
  details: Record<string, unknown>;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  /**
   * The rule that produced due_at in English words as written at the time ("due 2027-01-09: 45
   * days from receipt …"). Surfaces word `dueRule` in their reader's language; these words are
   * what they show for a row that has no `dueRule` (written before it existed), so they stay.
   */
  @Column({ name: 'due_explanation', type: 'text' })
  dueExplanation: string;

  /** The due date's structured basis, so it can be explained in the reader's language. */
  @Column({ name: 'due_rule', type: 'jsonb', nullable: true })
  dueRule: Pick<DueDate, 'dueOn' | 'basis'> | null;

  /** CCPA regs 7021(a): when receipt must be confirmed by, and the rule, for types that need it. */
  @Column({ name: 'ack_due_at', type: 'timestamptz', nullable: true })
  ackDueAt: Date | null;

  /**
   * The acknowledgement rule in English words as it was written. Read `ackRule`; these words are
   * shown only where a row has none (stored words the acknowledgement-rule migration could not parse).
   */
  @Column({ name: 'ack_explanation', type: 'text', nullable: true })
  ackExplanation: string | null;

  /** The acknowledgement deadline's structured basis, worded in each reader's language. */
  @Column({ name: 'ack_rule', type: 'jsonb', nullable: true })
  ackRule: Pick<DueDate, 'dueOn' | 'basis'> | null;

  /** Set by the one extension the law allows; due_at then holds the extended date. */
  @Column({ name: 'original_due_at', type: 'timestamptz', nullable: true })
  originalDueAt: Date | null;

  @Column({ name: 'extension_reason', type: 'text', nullable: true })
  extensionReason: string | null;

  /** A request never verified expires at this instant (configurable), with a notice. */
  @Column({ name: 'verification_expires_at', type: 'timestamptz', nullable: true })
  verificationExpiresAt: Date | null;

  /** How identity was checked: tier reached, score, data points, outcome, reason. */
  @Column({ type: 'jsonb', nullable: true })
  verification: Record<string, unknown> | null;

  @Column({ name: 'denial_basis', type: 'text', nullable: true })
  denialBasis: string | null;

  @Column({ name: 'denial_reason', type: 'text', nullable: true })
  denialReason: string | null;

  /** The secret the person was sent (as a keyed hash): it alone opens their status page. */
  @Index('requests_status_token_hash_key', { unique: true })
  @Column({ name: 'status_token_hash', type: 'text', nullable: true })
  statusTokenHash: string | null;

  /** The status link's secret, sealed with the company key, so later notices can link to it. */
  @Column({ name: 'status_token_sealed', type: 'bytea', nullable: true })
  statusTokenSealed: Buffer | null;

  /** The person's IANA time zone, as their browser reported it; the company's when absent. */
  @Column({ name: 'time_zone', type: 'text', nullable: true })
  timeZone: string | null;

  /** An appeal points at the request it appeals. */
  @Index('requests_parent_request_id_idx')
  @Column({ name: 'parent_request_id', type: 'uuid', nullable: true })
  parentRequestId: string | null;

  @ManyToOne(() => DataSubjectRequest, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_request_id' })
  parentRequest?: DataSubjectRequest;

  /** A second open request of the same type for the same verified person points at the first. */
  @Column({ name: 'duplicate_of_id', type: 'uuid', nullable: true })
  duplicateOfId: string | null;

  @ManyToOne(() => DataSubjectRequest, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'duplicate_of_id' })
  duplicateOf?: DataSubjectRequest;

  /** The staff member working the request (the review queue's assignee); null when unassigned. */
  @Column({ name: 'assignee_id', type: 'uuid', nullable: true })
  assigneeId: string | null;

  // Staff rows are deactivated, never deleted (the audit trail names them), so RESTRICT holds.
  @ManyToOne(() => StaffUser, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignee_id' })
  assignee?: StaffUser;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ type: 'jsonb', nullable: true })
  failure: RequestFailure | null;

  /**
   * When the request reached a closed status: the date of response the request log shows
   * (regs 7101). Set by the requests_record_closing trigger, whatever code closed the request.
   */
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  /** Completed, but only in part (categories instead of a copy, or rows kept by law); trigger-set. */
  @Column({ name: 'complied_in_part', type: 'boolean', default: false })
  compliedInPart: boolean;

  /** When retention purged the person's data; the log line and the counts remain (regs 7101). */
  @Column({ name: 'personal_data_purged_at', type: 'timestamptz', nullable: true })
  personalDataPurgedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
