import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Language } from '@rightsdesk/domain';
import { AuditTrail, RequestRepository } from '@rightsdesk/requests';
import { DataMapInForce, PolicyInForce } from '@rightsdesk/live-config';
import { CompanyIdentity, CompanyInForce } from './company-identity';
import { CorrespondenceQueue, NoticeSecrets } from './correspondence-queue';
import { statusLinkOf } from './status-link';
import { NoticeContent, NoticeFacts, SECRET_PLACEHOLDERS, staffCopyOf } from './notice-content';
import { NoticeKind, noticeTemplate } from './notice-catalogue';
import { noticeFactsFor } from './notice-facts';
import { renderEmail } from './render-email';
import { LetterFontCoverageError } from './letters/letter-font';
import { noticeChannel } from './letters/notice-channel';
import { LetterInput } from './letters/render-letter';

export interface RenderOptions {
  /** Defaults to the notice kind: most notices go out once per request. */
  dedupeKey?: string;
  /** Facts only the caller knows (a link, a reason). */
  facts?: Partial<NoticeFacts>;
  /** Values for the secret placeholders, sealed until sending. */
  secrets?: NoticeSecrets;
  /**
   * A code printed on a letter, for a person with no email to send it to. The letter goes to the
   * print queue with the code; the copy staff read names it in words instead.
   */
  printedSecrets?: Pick<NoticeSecrets, 'code'>;
}

/**
 * Renders a notice for a request into a stored correspondence row and schedules its sending, in
 * one transaction. Rendering twice (a retried job) finds the row and does nothing.
 */
@Injectable()
export class RenderNoticeUseCase {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly requests: RequestRepository,
    private readonly audit: AuditTrail,
    private readonly correspondence: CorrespondenceQueue,
    @Inject(CompanyInForce) private readonly companyInForce: Pick<CompanyInForce, 'current'>,
    /** Dataset and field names for people: the data map's labels, in the person's language. */
    @Inject(DataMapInForce) private readonly maps: Pick<DataMapInForce, 'current'>,
    /** The company's reasonable period to appeal, where the person's law says only that. */
    @Inject(PolicyInForce) private readonly policy: Pick<PolicyInForce, 'current'>,
  ) {}

  async execute(requestId: string, kind: NoticeKind, options: RenderOptions = {}): Promise<void> {
    await this.txHost.withTransaction(() =>
      this.renderInto(this.txHost.tx, requestId, kind, options),
    );
  }

  /** The same, inside the caller's transaction (e.g. with the change the notice reports). */
  async renderInto(
    manager: EntityManager,
    requestId: string,
    kind: NoticeKind,
    options: RenderOptions = {},
  ): Promise<void> {
    const request = await this.requests.getById(requestId);
    const subject = await this.requests.subjectOf(request);
    const channel = noticeChannel({
      answerChannel: request.answerChannel,
      manner: request.manner,
      hasPostalAddress: Boolean(subject.postalAddress),
      carriesSecrets: Boolean(options.secrets),
      printsCode: Boolean(options.printedSecrets),
    });
    const dedupeKey = `${options.dedupeKey ?? kind}:${channel}`;
    // An email links to the person's own status page (a sealed secret, filled at sending, so the
    // stored copy holds no working link). A letter names the privacy center instead.
    const company = this.companyInForce.current();
    const statusLink =
      channel === 'email' && !options.facts?.statusUrl
        ? statusLinkOf(
            request.statusTokenSealed,
            company.key,
            company.publicUrl ?? '',
            request.language,
          )
        : undefined;
    const secrets = statusLink ? { ...options.secrets, statusUrl: statusLink } : options.secrets;
    if (await this.correspondence.holds(manager, requestId, dedupeKey)) return;

    const language = request.language as Language;
    // The map in force as this notice is rendered (the letterhead is read above).
    const words = this.maps.current().words;
    const facts = await noticeFactsFor(manager, {
      request,
      kind,
      company,
      channel,
      words,
      appealDays: this.policy.current().laws.appealDays,
    });
    const content = noticeTemplate(
      kind,
      language,
    )({
      ...facts,
      withoutEmail: !subject.email,
      ...(statusLink ? { statusUrl: SECRET_PLACEHOLDERS.statusUrl } : {}),
      ...options.facts,
    });
    const email = renderEmail(content, language);
    if (channel === 'postal' && subject.postalAddress) {
      const input: LetterInput = {
        content,
        letterhead: {
          companyName: company.companyName,
          addressLines: company.postalAddress ?? [],
          contactEmail: company.contactEmail,
        },
        recipient: { name: subject.name ?? undefined, ...subject.postalAddress },
        meta: {
          reference: request.reference,
          date: this.dateOf(new Date(), company),
          language,
          paperSize: company.paperSize ?? 'letter',
        },
      };
      const kept = options.printedSecrets
        ? { ...input, content: staffCopyOfContent(content) }
        : input;
      const printed = options.printedSecrets
        ? {
            ...input,
            content: withSecrets(content, options.printedSecrets),
            afterMailing: kept.content,
          }
        : undefined;
      try {
        await this.correspondence.queueLetter(
          manager,
          request,
          kind,
          dedupeKey,
          email,
          kept,
          printed,
        );
        return;
      } catch (error) {
        if (!(error instanceof LetterFontCoverageError)) throw error;
        // The name or address needs a script the letter font lacks: the person still gets the
        // notice, by email, and staff see why in the audit trail.
        await this.audit.append({
          requestId,
          actor: 'worker',
          action: 'notice.letter_unprintable',
          data: { notice: kind, characters: error.characters.length },
        });
      }
    }
    await this.correspondence.queueEmail(
      manager,
      requestId,
      kind,
      `${options.dedupeKey ?? kind}:email`,
      {
        email,
        language,
        recipient: subject.email ?? '',
        secrets,
      },
    );
  }

  private dateOf(at: Date, company: CompanyIdentity): string {
    return new Intl.DateTimeFormat('en-CA', { timeZone: company.timeZone }).format(at);
  }
}

/** The notice with each secret placeholder replaced by its value: what the person reads. */
function withSecrets(content: NoticeContent, secrets: NoticeSecrets): NoticeContent {
  const fill = (text: string) =>
    Object.entries(secrets).reduce(
      (filled, [name, value]) =>
        filled.split(SECRET_PLACEHOLDERS[name as keyof typeof SECRET_PLACEHOLDERS]).join(value),
      text,
    );
  return { ...content, paragraphs: content.paragraphs.map(fill) };
}

/** The notice as staff read it: each secret named in words, never its value. */
function staffCopyOfContent(content: NoticeContent): NoticeContent {
  return { ...content, paragraphs: content.paragraphs.map(staffCopyOf) };
}
