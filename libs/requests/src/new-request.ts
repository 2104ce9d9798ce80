import {
  AnswerChannel,
  Language,
  Manner,
  Regime,
  RequestDueDates,
  RequestType,
  TransitionContext,
} from '@rightsdesk/domain';
import { DataSubjectRequest, PostalAddress } from '@rightsdesk/persistence';

/** A person as they described themselves at intake (subject_identities). */
export interface NewSubject {
  /** Absent for a person reached only by post. */
  email?: string;
  name?: string;
  phone?: string;
  postalAddress?: PostalAddress;
}

/** A request as intake records it, in status `received`, with its statutory clocks. */
export interface NewRequest {
  type: RequestType;
  regime: Regime;
  manner: Manner;
  answerChannel: AnswerChannel;
  language: Language;
  subjectId: string;
  details: Record<string, unknown>;
  /** Where the person said they live, if they said: reports count by it (regs 7102). */
  residence?: { country: string; region?: string } | null;
  receivedAt: Date;
  dueDates: RequestDueDates;
  statusTokenHash: string;
  /** The status link's secret, sealed with the company key (see the entity). */
  statusTokenSealed?: Buffer | null;
  /** The person's IANA time zone, already validated; null when unknown. */
  timeZone?: string | null;
  parentRequestId: string | null;
}

/** A request opened again because its appeal was granted (see ReopenAfterAppeal in review). */
export interface ReopenedRequest {
  original: DataSubjectRequest;
  details: Record<string, unknown>;
  receivedAt: Date;
  dueDates: RequestDueDates;
  verification: Record<string, unknown>;
}

/** How a request moves through the state machine (RequestRepository.transition). */
export interface TransitionOptions {
  /** "subject", "worker", "policy", "api:<key>" or a staff user id. */
  actor: string;
  reason?: string;
  context?: TransitionContext;
  /** Facts for the audit row: ids, counts, codes; never personal data. */
  data?: Record<string, unknown>;
  /** Columns to set together with the new status. */
  changes?: Partial<DataSubjectRequest>;
}
