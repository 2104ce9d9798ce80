import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { DataSubjectRequest } from './data-subject-request.entity';

/** Who wrote a message in the correspondence about a request. */
export const MESSAGE_DIRECTIONS = ['to_person', 'from_person'] as const;
export type MessageDirection = (typeof MESSAGE_DIRECTIONS)[number];

/**
 * How a message travelled: an officer's question written in the console; the person's answer
 * on the status page, by email to the support mailbox, or by letter or call entered by staff.
 */
export const MESSAGE_CHANNELS = ['console', 'status_page', 'email', 'letter', 'phone'] as const;
export type MessageChannel = (typeof MESSAGE_CHANNELS)[number];

const oneOf = (column: string, values: readonly string[]) =>
  `"${column}" IN (${values.map((value) => `'${value}'`).join(', ')})`;

/**
 * The written exchange between the company and the person about one request: an officer's
 * question ("information needed") and the person's answers, in the order the company received
 * them, for the request's timeline in the console and on the status page (regs 7101: the
 * record of the request and its response).
 */
@Entity({ name: 'request_messages' })
@Check('request_messages_direction_check', oneOf('direction', MESSAGE_DIRECTIONS))
@Check('request_messages_channel_check', oneOf('channel', MESSAGE_CHANNELS))
@Index('request_messages_request_id_received_at_idx', ['requestId', 'receivedAt'])
export class RequestMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @ManyToOne(() => DataSubjectRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request?: DataSubjectRequest;

  @Column({ type: 'text' })
  direction: MessageDirection;

  @Column({ type: 'text' })
  channel: MessageChannel;

  @Column({ type: 'text' })
  body: string;

  /** When the company received it (a letter's date of arrival), or sent it for a question. */
  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;

  /** The staff member who wrote or entered it; `subject` for the person on the status page. */
  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/**
 * A file the person sent with an answer (a PDF, JPEG or PNG by its bytes), sealed with
 * AES-256-GCM bound to its request like a console intake scan, and never sent on.
 */
@Entity({ name: 'request_message_attachments' })
export class RequestMessageAttachment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('request_message_attachments_message_id_idx')
  @Column({ name: 'message_id', type: 'uuid' })
  messageId: string;

  @ManyToOne(() => RequestMessage, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'message_id' })
  message?: RequestMessage;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  @Column({ name: 'content_type', type: 'text' })
  contentType: string;

  @Column({ name: 'byte_size', type: 'integer' })
  byteSize: number;

  @Column({ type: 'bytea' })
  iv: Buffer;

  @Column({ name: 'auth_tag', type: 'bytea' })
  authTag: Buffer;

  @Column({ type: 'bytea' })
  ciphertext: Buffer;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
