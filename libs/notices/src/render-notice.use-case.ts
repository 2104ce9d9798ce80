import { DataSource } from 'typeorm';
import { Language } from '@rightsdesk/domain';
import {
  AccessPackage,
  Correspondence,
  DataSubjectRequest,
  SubjectIdentity,
  appendAuditEvent,
  enqueueInOutbox,
} from '@rightsdesk/persistence';
import { jobIdFor, outboxEntryFor } from '@rightsdesk/queue';
import { NoticeKind, noticeTemplate } from './notice-catalogue';
import { renderEmail } from './render-email';

export interface CompanyIdentity {
  companyName: string;
  contactEmail: string;
  timeZone: string;
}

/**
 * Renders a notice for a request into a stored correspondence row and schedules its sending,
 * in one transaction. Rendering twice (a retried job) finds the row and does nothing.
 */
export class RenderNoticeUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly company: CompanyIdentity,
  ) {}

  async execute(requestId: string, kind: NoticeKind): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const request = await manager
        .getRepository(DataSubjectRequest)
        .findOneByOrFail({ id: requestId });
      // Issue 5 adds letters for the postal channel; until then every notice is an email.
      const channel = 'email' as const;
      const dedupeKey = `${kind}:${channel}`;
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
    });
  }
}
