import { DataSource, EntityManager } from 'typeorm';
import { Language } from '@rightsdesk/domain';
import {
  AccessPackage,
  Correspondence,
  DataSubjectRequest,
  SubjectIdentity,
  appendAuditEvent,
  enqueueInOutbox,
  sealToBytes,
} from '@rightsdesk/persistence';
import { jobIdFor, outboxEntryFor } from '@rightsdesk/queue';
import { NoticeFacts, SECRET_PLACEHOLDERS } from './notice-content';
import { NoticeKind, noticeTemplate } from './notice-catalogue';
import { completionOutcomes } from './completion-outcomes';
import { renderEmail } from './render-email';

export interface CompanyIdentity {
  companyName: string;
  contactEmail: string;
  timeZone: string;
  /** Sealing key for secrets a notice carries until it is sent. */
  key: Buffer;
}

export interface RenderOptions {
  /** Defaults to the notice kind: most notices go out once per request. */
  dedupeKey?: string;
  /** Facts only the caller knows (a link, a reason). */
  facts?: Partial<NoticeFacts>;
  /** Values for the secret placeholders, sealed until sending. */
  secrets?: Partial<Record<keyof typeof SECRET_PLACEHOLDERS, string>>;
}

/**
 * Renders a notice for a request into a stored correspondence row and schedules its sending, in
 * one transaction. Rendering twice (a retried job) finds the row and does nothing.
 */
export class RenderNoticeUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly company: CompanyIdentity,
    /** A dataset's name for people, e.g. the data map's description of the table. */
    private readonly labelOf: (source: string, table: string) => string = (_source, table) => table,
  ) {}

  async execute(requestId: string, kind: NoticeKind, options: RenderOptions = {}): Promise<void> {
    await this.dataSource.transaction((manager) =>
      this.renderInto(manager, requestId, kind, options),
    );
  }

  /** The same, inside the caller's transaction (e.g. with the change the notice reports). */
  async renderInto(
    manager: EntityManager,
    requestId: string,
    kind: NoticeKind,
    options: RenderOptions = {},
  ): Promise<void> {
    const request = await manager
      .getRepository(DataSubjectRequest)
      .findOneByOrFail({ id: requestId });
    // Issue 5 adds letters for the postal channel; until then every notice is an email.
    const channel = 'email' as const;
    const dedupeKey = `${options.dedupeKey ?? kind}:${channel}`;
    const existing = await manager
      .getRepository(Correspondence)
      .findOneBy({ requestId, dedupeKey });
    if (existing) return;

    const subject = await manager
      .getRepository(SubjectIdentity)
      .findOneByOrFail({ id: request.subjectId });
    const accessPackage = await manager
      .getRepository(AccessPackage)
      .findOneBy({ requestId, status: 'ready' });
    const language = request.language as Language;
    const content = noticeTemplate(
      kind,
      language,
    )({
      reference: request.reference,
      receivedOn: new Intl.DateTimeFormat('en-CA', { timeZone: this.company.timeZone }).format(
        request.receivedAt,
      ),
      companyName: this.company.companyName,
      contactEmail: this.company.contactEmail,
      datasets: accessPackage?.manifest
        .filter((entry) => entry.rows > 0)
        .map(({ label, rows }) => ({ label, rows })),
      dueExplanation: request.dueExplanation,
      requestType: request.type,
      outcomes:
        kind === 'request_completed'
          ? await completionOutcomes(manager, requestId, this.labelOf)
          : undefined,
      ...options.facts,
    });
    const email = renderEmail(content, language);
    const saved = await manager.save(
      manager.create(Correspondence, {
        requestId,
        dedupeKey,
        kind,
        channel,
        language,
        recipient: subject.email,
        subject: email.subject,
        bodyText: email.text,
        bodyHtml: email.html,
        status: 'pending',
      }),
    );
    if (options.secrets) {
      const sealed = sealToBytes(
        this.company.key,
        saved.id,
        Buffer.from(JSON.stringify(options.secrets)),
      );
      await manager.update(Correspondence, { id: saved.id }, { sealedSecrets: sealed });
    }
    await appendAuditEvent(manager, {
      requestId,
      actor: 'worker',
      action: 'notice.rendered',
      data: { notice: kind, channel, correspondenceId: saved.id },
    });
    const payload = { v: 1 as const, correspondenceId: saved.id };
    await enqueueInOutbox(
      manager,
      outboxEntryFor('notice.send', payload, jobIdFor('notice.send', saved.id)),
    );
  }
}
