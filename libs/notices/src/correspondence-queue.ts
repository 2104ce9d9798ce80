import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  Correspondence,
  DataSubjectRequest,
  Letter,
  enqueueInOutbox,
  sealToBytes,
} from '@rightsdesk/persistence';
import { AuditTrail } from '@rightsdesk/requests';
import { jobIdFor, outboxEntryFor } from '@rightsdesk/queue';
import { CompanyInForce } from './company-identity';
import { SECRET_PLACEHOLDERS } from './notice-content';
import { NoticeKind } from './notice-catalogue';
import { RenderedEmail } from './render-email';
import { LetterInput, renderLetters } from './letters/render-letter';

/** Values for the secret placeholders of an email, sealed until sending. */
export type NoticeSecrets = Partial<Record<keyof typeof SECRET_PLACEHOLDERS, string>>;

/** A plain-text email to a staff member, named by references only (StaffAlerts). */
export interface StaffEmail {
  staffUserId: string;
  dedupeKey: string;
  kind: string;
  recipient: string;
  subject: string;
  text: string;
}

/**
 * Stores a rendered notice as the request's correspondence and queues it for the person: an
 * email gets a send job in the same transaction (outbox), a letter waits in the print queue.
 */
@Injectable()
export class CorrespondenceQueue {
  constructor(
    private readonly audit: AuditTrail,
    @Inject(CompanyInForce) private readonly companyInForce: Pick<CompanyInForce, 'current'>,
  ) {}

  /** True when the notice under this key was already stored: rendering again does nothing. */
  async holds(manager: EntityManager, requestId: string, dedupeKey: string): Promise<boolean> {
    return (await manager.getRepository(Correspondence).countBy({ requestId, dedupeKey })) > 0;
  }

  async queueEmail(
    manager: EntityManager,
    requestId: string,
    kind: NoticeKind,
    dedupeKey: string,
    message: { email: RenderedEmail; language: string; recipient: string; secrets?: NoticeSecrets },
  ): Promise<void> {
    if (!message.recipient) {
      // No email and no letter possible (a code is never printed): staff must call the person.
      await this.audit.append({
        requestId,
        actor: 'worker',
        action: 'notice.needs_call',
        data: { notice: kind },
      });
      return;
    }
    if (await this.holds(manager, requestId, dedupeKey)) return;
    const saved = await manager.save(
      manager.create(Correspondence, {
        requestId,
        dedupeKey,
        kind,
        channel: 'email',
        language: message.language,
        recipient: message.recipient,
        subject: message.email.subject,
        bodyText: message.email.text,
        bodyHtml: message.email.html,
        status: 'pending',
      }),
    );
    if (message.secrets) {
      const sealed = sealToBytes(
        this.companyInForce.current().key,
        saved.id,
        Buffer.from(JSON.stringify(message.secrets)),
      );
      await manager.update(Correspondence, { id: saved.id }, { sealedSecrets: sealed });
    }
    await this.audit.append({
      requestId,
      actor: 'worker',
      action: 'notice.rendered',
      data: { notice: kind, channel: 'email', correspondenceId: saved.id },
    });
    const payload = { v: 1 as const, correspondenceId: saved.id };
    await enqueueInOutbox(
      manager,
      outboxEntryFor('notice.send', payload, jobIdFor('notice.send', saved.id)),
    );
  }

  /**
   * A notification email to a staff member (StaffAlerts): no request of its own, sent by the same
   * claimed, once-only send job as every notice. Returns its id, or null when the member already
   * has one under `dedupeKey` (a second worker, a run repeated the same day): nothing is queued.
   */
  async queueStaffEmail(manager: EntityManager, email: StaffEmail): Promise<string | null> {
    const rows = (await manager.query(
      `INSERT INTO correspondence (staff_user_id, dedupe_key, kind, channel, language, recipient,
                                   subject, body_text, status)
       VALUES ($1, $2, $3, 'email', 'en', $4, $5, $6, 'pending')
       ON CONFLICT (staff_user_id, dedupe_key) WHERE staff_user_id IS NOT NULL DO NOTHING
       RETURNING id`,
      [email.staffUserId, email.dedupeKey, email.kind, email.recipient, email.subject, email.text],
    )) as Array<{ id: string }>;
    if (rows.length === 0) return null;
    const { id } = rows[0];
    await enqueueInOutbox(
      manager,
      outboxEntryFor('notice.send', { v: 1, correspondenceId: id }, jobIdFor('notice.send', id)),
    );
    return id;
  }

  /**
   * A letter instead of an email: the PDF is stored sealed and waits in the print queue; no send
   * job, since staff print and mail it (POST /api/v1/letter-batches). A letter carrying a code
   * keeps a copy naming the code in words (what staff read) and prints from `printed`.
   */
  async queueLetter(
    manager: EntityManager,
    request: DataSubjectRequest,
    kind: NoticeKind,
    dedupeKey: string,
    email: RenderedEmail,
    input: LetterInput,
    /** What is printed when it differs from the kept copy: a letter carrying a code. */
    printed: LetterInput = input,
  ): Promise<void> {
    const rendered = await renderLetters([input]);
    const saved = await manager.save(
      manager.create(Correspondence, {
        requestId: request.id,
        dedupeKey,
        kind,
        channel: 'postal',
        language: input.meta.language,
        recipient: [input.recipient.name, input.recipient.line1, input.recipient.city]
          .filter(Boolean)
          .join(', '),
        subject: email.subject,
        bodyText: email.text,
        bodyHtml: null,
        status: 'pending',
      }),
    );
    const id = randomUUID();
    const key = this.companyInForce.current().key;
    await manager.insert(Letter, {
      id,
      correspondenceId: saved.id,
      requestId: request.id,
      reference: request.reference,
      kind,
      language: input.meta.language,
      pages: rendered.pages,
      status: 'queued',
      sealedPdf: sealToBytes(key, `${id}:pdf`, rendered.pdf),
      sealedInput: sealToBytes(key, `${id}:input`, Buffer.from(JSON.stringify(printed))),
    });
    await this.audit.append({
      requestId: request.id,
      actor: 'worker',
      action: 'notice.rendered',
      data: { notice: kind, channel: 'postal', correspondenceId: saved.id, letterId: id },
    });
  }
}
