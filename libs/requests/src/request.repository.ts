import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { In } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import {
  DomainError,
  RequestEvent as RequestEventName,
  formatRequestReference,
  transition,
} from '@rightsdesk/domain';
import {
  DataSubjectRequest,
  RequestEvent,
  RequestNote,
  SubjectIdentity,
} from '@rightsdesk/persistence';
import { AuditTrail } from './audit-trail';
import { NewRequest, NewSubject, ReopenedRequest, TransitionOptions } from './new-request';

/**
 * The request aggregate's storage: requests, the subject identities they are about and their
 * audit rows. Every method runs in the current transaction (see DatabaseModule).
 */
@Injectable()
export class RequestRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly audit: AuditTrail,
  ) {}

  private get requests() {
    return this.txHost.tx.getRepository(DataSubjectRequest);
  }

  findById(id: string): Promise<DataSubjectRequest | null> {
    return this.requests.findOneBy({ id });
  }

  /** The request, which the caller knows exists (an id from a job, a link or an earlier step). */
  getById(id: string): Promise<DataSubjectRequest> {
    return this.requests.findOneByOrFail({ id });
  }

  findByStatusTokenHash(statusTokenHash: string): Promise<DataSubjectRequest | null> {
    return this.requests.findOneBy({ statusTokenHash });
  }

  /** The request with this reference (as printed: upper case), if any. */
  findByReference(reference: string): Promise<DataSubjectRequest | null> {
    return this.requests.findOneBy({ reference });
  }

  /** A new status link for the request: the old one stops opening it. */
  async replaceStatusToken(
    id: string,
    statusTokenHash: string,
    statusTokenSealed: Buffer,
  ): Promise<void> {
    await this.requests.update({ id }, { statusTokenHash, statusTokenSealed });
  }

  /** The references of requests by id (e.g. to name those a bulk action refused). */
  async referencesOf(ids: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.requests.find({
      select: { id: true, reference: true },
      where: { id: In([...ids]) },
    });
    return new Map(rows.map((row) => [row.id, row.reference]));
  }

  /** The appeal already made of a request, if any. */
  findAppealOf(requestId: string): Promise<DataSubjectRequest | null> {
    return this.requests.findOne({ where: { parentRequestId: requestId, type: 'appeal' } });
  }

  subjectOf(request: Pick<DataSubjectRequest, 'subjectId'>): Promise<SubjectIdentity> {
    return this.txHost.tx.getRepository(SubjectIdentity).findOneByOrFail({ id: request.subjectId });
  }

  /** Records who a new request is about; returns the identity's id. */
  async addSubject(subject: NewSubject): Promise<string> {
    const id = randomUUID();
    await this.txHost.tx.query(
      `INSERT INTO subject_identities (id, email, name, phone, postal_address) VALUES ($1, $2, $3, $4, $5)`,
      [
        id,
        subject.email ?? null,
        subject.name ?? null,
        subject.phone ?? null,
        subject.postalAddress === undefined ? null : JSON.stringify(subject.postalAddress),
      ],
    );
    return id;
  }

  /** Inserts a request in status `received` under a fresh random reference. */
  async add(request: NewRequest): Promise<{ id: string; reference: string }> {
    const { respond, acknowledge } = request.dueDates;
    // 40 bits of randomness make a clash rare; ON CONFLICT keeps the transaction usable to retry.
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const id = randomUUID();
      const reference = formatRequestReference(randomBytes(8));
      const inserted = (await this.txHost.tx.query(
        `INSERT INTO requests (id, reference, type, status, regime, manner, answer_channel, language,
           subject_id, details, received_at, due_at, due_explanation, due_rule, ack_due_at,
           ack_explanation, ack_rule, status_token_hash, parent_request_id, residence_country,
           residence_region, status_token_sealed, time_zone)
         VALUES ($1, $2, $3, 'received', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17,
           $18, $19, $20, $21, $22)
         ON CONFLICT (reference) DO NOTHING RETURNING id`,
        [
          id,
          reference,
          request.type,
          request.regime,
          request.manner,
          request.answerChannel,
          request.language,
          request.subjectId,
          JSON.stringify(request.details),
          request.receivedAt,
          respond.dueAt,
          respond.explanation,
          JSON.stringify({ dueOn: respond.dueOn, basis: respond.basis }),
          acknowledge?.dueAt ?? null,
          acknowledge?.explanation ?? null,
          acknowledge
            ? JSON.stringify({ dueOn: acknowledge.dueOn, basis: acknowledge.basis })
            : null,
          request.statusTokenHash,
          request.parentRequestId,
          request.residence?.country.toUpperCase() ?? null,
          request.residence?.region?.toUpperCase() ?? null,
          request.statusTokenSealed ?? null,
          request.timeZone ?? null,
        ],
      )) as Array<{ id: string }>;
      if (inserted.length === 1) return { id, reference };
    }
    throw new Error('could not allocate a unique request reference');
  }

  /**
   * Moves a request through the state machine in the current transaction: the rule is checked
   * against the current state, the row is updated only if nobody moved it meanwhile (so two
   * workers or two clicks cannot both win), and the transition lands in the audit trail.
   */
  async transition(
    requestId: string,
    event: RequestEventName,
    options: TransitionOptions,
  ): Promise<DataSubjectRequest> {
    const request = await this.findById(requestId);
    if (!request) throw new DomainError('not_found', `request ${requestId} does not exist`);
    const { from, to } = transition(request.status, event, {
      type: request.type,
      ...options.context,
    });
    const moved = await this.txHost.tx
      .createQueryBuilder()
      .update(DataSubjectRequest)
      .set({ ...options.changes, status: to } as QueryDeepPartialEntity<DataSubjectRequest>)
      .where('id = :id AND status = :from', { id: requestId, from })
      .execute();
    if (moved.affected !== 1) {
      throw new DomainError(
        'invalid_state',
        `request ${request.reference} changed while this was being done; try again`,
      );
    }
    await this.audit.append({
      requestId,
      actor: options.actor,
      action: `request.${event}`,
      fromStatus: from,
      toStatus: to,
      reason: options.reason ?? null,
      data: options.data,
    });
    return { ...request, ...options.changes, status: to };
  }

  /** The request, locked until the transaction ends; null when there is none. */
  findForUpdate(id: string): Promise<DataSubjectRequest | null> {
    return this.requests
      .createQueryBuilder('request')
      .setLock('pessimistic_write')
      .where('request.id = :id', { id })
      .getOne();
  }

  /** Gives the request to a staff member (or to nobody). */
  async assign(id: string, assigneeId: string | null): Promise<void> {
    await this.requests.update({ id }, { assigneeId });
  }

  /** Records the one extension of the response deadline, keeping the original due date. */
  async extendDue(
    id: string,
    extension: Pick<
      DataSubjectRequest,
      'dueAt' | 'dueExplanation' | 'dueRule' | 'originalDueAt' | 'extensionReason'
    >,
  ): Promise<void> {
    await this.requests.update({ id }, extension);
  }

  /** A response deadline moved by a rule of the law (the clock stopped while we waited). */
  async moveDue(
    id: string,
    due: Pick<DataSubjectRequest, 'dueAt' | 'dueExplanation' | 'dueRule'>,
  ): Promise<void> {
    await this.requests.update({ id }, due);
  }

  /** Replaces a request's type-specific details, e.g. the rows an officer chose to correct. */
  async setDetails(id: string, details: Record<string, unknown>): Promise<void> {
    await this.txHost.tx.query('UPDATE requests SET details = $2 WHERE id = $1', [
      id,
      JSON.stringify(details),
    ]);
  }

  /** How many audit rows of one action a request has (e.g. questions asked). */
  countEvents(requestId: string, action: string): Promise<number> {
    return this.txHost.tx.getRepository(RequestEvent).countBy({ requestId, action });
  }

  /** An internal staff note on a request (never shown to the person). */
  addNote(requestId: string, author: string, body: string): Promise<RequestNote> {
    const notes = this.txHost.tx.getRepository(RequestNote);
    return notes.save(notes.create({ requestId, author, body }));
  }

  /**
   * A request opened by a reversed appeal: the original's kind, person and details, already
   * verified, on the clock given.
   */
  async addReopened(reopened: ReopenedRequest): Promise<{ id: string; reference: string }> {
    const { original, dueDates } = reopened;
    const { respond, acknowledge } = dueDates;
    const id = randomUUID();
    const reference = formatRequestReference(randomBytes(8));
    await this.txHost.tx.query(
      `INSERT INTO requests (id, reference, type, status, regime, manner, answer_channel, language,
         subject_id, details, received_at, due_at, due_explanation, due_rule, ack_due_at,
         ack_explanation, ack_rule, verification, duplicate_of_id, residence_country, residence_region)
       VALUES ($1, $2, $3, 'verified', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17,
         NULL, $18, $19)`,
      [
        id,
        reference,
        original.type,
        original.regime,
        original.manner,
        original.answerChannel,
        original.language,
        original.subjectId,
        JSON.stringify(reopened.details),
        reopened.receivedAt,
        respond.dueAt,
        respond.explanation,
        JSON.stringify({ dueOn: respond.dueOn, basis: respond.basis }),
        acknowledge?.dueAt ?? null,
        acknowledge?.explanation ?? null,
        acknowledge ? JSON.stringify({ dueOn: acknowledge.dueOn, basis: acknowledge.basis }) : null,
        JSON.stringify(reopened.verification),
        original.residenceCountry,
        original.residenceRegion,
      ],
    );
    return { id, reference };
  }

  /** Keeps the verification record (score, data points) without a change of status. */
  async recordVerification(requestId: string, record: Record<string, unknown>): Promise<void> {
    await this.txHost.tx.query('UPDATE requests SET verification = $2 WHERE id = $1', [
      requestId,
      JSON.stringify(record),
    ]);
  }

  /** A request waiting for a posted code waits at least until the code stops working. */
  async extendVerificationWindow(requestId: string, until: Date): Promise<void> {
    await this.txHost.tx.query(
      `UPDATE requests SET verification_expires_at = greatest(verification_expires_at, $2)
       WHERE id = $1 AND status = 'pending_verification'`,
      [requestId, until],
    );
  }

  /** Locks the request's row until the transaction ends, to serialise work on one request. */
  async lock(requestId: string): Promise<void> {
    await this.txHost.tx.query('SELECT 1 FROM requests WHERE id = $1 FOR UPDATE', [requestId]);
  }

  /**
   * Another request of the same type by the same person (their email, else their name and
   * postal address) that is already being handled.
   * Holds a lock on the person and type until the transaction ends, so of two such requests
   * advancing at the same moment the second waits and then sees the first (a read alone would
   * let both pass, each blind to the other's uncommitted move).
   */
  async findOpenDuplicate(
    request: Pick<DataSubjectRequest, 'id' | 'type'>,
    person: Pick<SubjectIdentity, 'email' | 'name' | 'postalAddress'>,
  ): Promise<DataSubjectRequest | null> {
    const key = personKey(person);
    if (!key) return null;
    await this.txHost.tx.query(
      `SELECT pg_advisory_xact_lock(hashtextextended('open-request:' || $1 || ':' || $2, 0))`,
      [key, request.type],
    );
    // A person without email is the same person under the same name at the same address.
    const address = person.postalAddress;
    const [samePerson, values] = person.email
      ? [`s.email IS NOT NULL AND lower(s.email) = $3`, [key]]
      : [
          `s.email IS NULL AND ${comparable('s.name')} = ${comparable('$3')}
           AND ${comparable("s.postal_address->>'line1'")} = ${comparable('$4')}
           AND ${comparable("s.postal_address->>'postalCode'")} = ${comparable('$5')}`,
          [person.name, address?.line1, address?.postalCode],
        ];
    const [row] = (await this.txHost.tx.query(
      `SELECT r.id FROM requests r JOIN subject_identities s ON s.id = r.subject_id
       WHERE ${samePerson} AND r.type = $1 AND r.id <> $2
         AND r.status IN ('verified', 'awaiting_review', 'needs_info', 'approved', 'in_progress', 'failed')
       ORDER BY r.created_at LIMIT 1`,
      [request.type, request.id, ...values],
    )) as Array<{ id: string }>;
    return row ? this.getById(row.id) : null;
  }

  /**
   * Claims up to `limit` requests whose verification window closed before `now`, skipping rows
   * another worker holds, so several workers can expire at once.
   */
  async claimUnverifiedPast(now: Date, limit: number): Promise<string[]> {
    const rows = (await this.txHost.tx.query(
      `SELECT id FROM requests
       WHERE status = 'pending_verification' AND verification_expires_at < $1
       ORDER BY verification_expires_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [now, limit],
    )) as Array<{ id: string }>;
    return rows.map((row) => row.id);
  }
}

/** A text in the form two spellings of it share: case, spacing and punctuation aside. */
function comparable(sql: string): string {
  return `lower(regexp_replace(coalesce(${sql}::text, ''), '[^[:alnum:]]+', '', 'g'))`;
}

/** What locks a person's requests of one type: their email, else name and address. */
export function personKey(
  person: Pick<SubjectIdentity, 'email' | 'name' | 'postalAddress'>,
): string | null {
  if (person.email) return person.email.toLowerCase();
  if (!person.name || !person.postalAddress) return null;
  return [person.name, person.postalAddress.line1, person.postalAddress.postalCode]
    .join('|')
    .replace(/[^\p{L}\p{N}|]+/gu, '')
    .toLowerCase();
}
