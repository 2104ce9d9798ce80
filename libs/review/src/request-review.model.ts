import type { AskedCorrection, CorrectionPreview } from './correction-previews';
import { DeadlineKind, TimeLeft } from '@rightsdesk/domain';
import { DataSubjectRequest, PostalAddress } from '@rightsdesk/persistence';
import { DeadlineUrgency } from './deadline-urgency';
import { ReviewAction } from './review-actions';

export interface FoundInSource {
  source: string;
  /** What the step did or found: `access`, `erase`, `correct`, `withdraw_consent`. */
  action: string;
  status: string;
  rows: number | null;
  /** The first datasets with their row counts, largest first. */
  preview: Array<{ dataset: string; rows: number }>;
  error: string | null;
  attempts: number;
  stepId: string;
  /** A manual task or a recipient's callback this step waits for; the instructions for staff. */
  waiting: { kind: 'staff' | 'recipient'; instructions: string | null } | null;
}

/** Everything the request page shows an officer (issue 6 item 4). */
export interface RequestReview {
  request: {
    id: string;
    reference: string;
    type: DataSubjectRequest['type'];
    status: DataSubjectRequest['status'];
    regime: DataSubjectRequest['regime'];
    manner: DataSubjectRequest['manner'];
    answerChannel: DataSubjectRequest['answerChannel'];
    language: DataSubjectRequest['language'];
    receivedAt: string;
    details: Record<string, unknown>;
    assignee: { id: string; name: string } | null;
    appealOf: string | null;
    duplicateOf: string | null;
    denial: { basis: string; reason: string | null } | null;
    failure: DataSubjectRequest['failure'];
    completedAt: string | null;
  };
  subject: {
    email: string | null;
    name: string | null;
    phone: string | null;
    postalAddress: PostalAddress | null;
  };
  verification: Record<string, unknown> | null;
  deadline: {
    dueAt: string;
    dueOn: string | null;
    /** What is due: an answer, an appeal's decision, an opt-out taking effect. */
    kind: DeadlineKind | null;
    explanation: string;
    timeLeft: TimeLeft | null;
    urgency: DeadlineUrgency;
    acknowledgeBy: string | null;
    /** The company-calendar day receipt must be confirmed by (CCPA regs 7021(a)). */
    acknowledgeOn: string | null;
    /** The acknowledgement's rule in words, from its stored basis. */
    acknowledgeRule: string | null;
    extension: { originalDueAt: string; reason: string | null } | null;
  };
  /** The appeal of this request, when the person appealed: its own clock and rule. */
  appeal: {
    id: string;
    reference: string;
    status: DataSubjectRequest['status'];
    receivedAt: string;
    dueOn: string | null;
    dueAt: string;
    rule: string | null;
  } | null;
  found: FoundInSource[];
  /** A correction before approval: the rows each would change, read now through the connector. */
  corrections?: CorrectionPreview[] | null;
  /** What a correction request asked for, in the data map's words for people. */
  askedCorrections?: AskedCorrection[] | null;
  timeline: Array<{
    at: string;
    actor: string;
    action: string;
    fromStatus: string | null;
    toStatus: string | null;
    reason: string | null;
  }>;
  correspondence: Array<{
    id: string;
    kind: string;
    channel: string;
    status: string;
    subject: string;
    createdAt: string;
    sentAt: string | null;
    error: string | null;
  }>;
  notes: Array<{ id: string; author: string; body: string; createdAt: string }>;
  /**
   * Our questions and the person's answers (status page, email, letter, call), in the order the
   * company sent or received them; files by name only, opened one at a time and audited.
   */
  messages: Array<{
    id: string;
    direction: 'to_person' | 'from_person';
    channel: string;
    body: string;
    receivedAt: string;
    recordedBy: string;
    attachments: Array<{ id: string; fileName: string; contentType: string; byteSize: number }>;
  }>;
  /** Staff names for the actors above (`staff:<id>` to "Olu Officer"). */
  actorNames: Record<string, string>;
  actions: ReviewAction[];
}
