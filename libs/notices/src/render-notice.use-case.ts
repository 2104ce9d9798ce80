import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  Language,
  Residence,
  appealOpenUntil,
  deadlineSentence,
  explainDueDate,
  privacyLaw,
} from '@rightsdesk/domain';
import { dateInWords, timeWithZone } from '@rightsdesk/messages';
import {
  AccessPackage,
  Correspondence,
  DataSubjectRequest,
  Letter,
  enqueueInOutbox,
  sealToBytes,
} from '@rightsdesk/persistence';
import { AuditTrail, RequestRepository } from '@rightsdesk/requests';
import { DataMapInForce, PolicyInForce } from '@rightsdesk/live-config';
import { jobIdFor, outboxEntryFor } from '@rightsdesk/queue';
import { CompanyIdentity, CompanyInForce } from './company-identity';
import { statusLinkOf } from './status-link';
import { NoticeFacts, SECRET_PLACEHOLDERS } from './notice-content';
import { NoticeKind, noticeTemplate } from './notice-catalogue';
import { completionOutcomes } from './completion-outcomes';
import { lawFactsFor, residenceOf } from './law-facts';
import { RenderedEmail, renderEmail } from './render-email';
import { LetterFontCoverageError } from './letters/letter-font';
import { noticeChannel } from './letters/notice-channel';
import { LetterInput, renderLetters } from './letters/render-letter';
import { accessAnswerOfPackage } from './access-answer/answer-of-package';

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
@Injectable()
export class RenderNoticeUseCase {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly requests: RequestRepository,
    private readonly audit: AuditTrail,
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
    const existing = await manager
      .getRepository(Correspondence)
      .findOneBy({ requestId, dedupeKey });
    if (existing) return;

    const accessPackage = await manager
      .getRepository(AccessPackage)
      .findOneBy({ requestId, status: 'ready' });
    const language = request.language as Language;
    // The map in force as this notice is rendered (the letterhead is read above).
    const words = this.maps.current().words;
    const content = noticeTemplate(
      kind,
      language,
    )({
      reference: request.reference,
      receivedOn: dateInWords(request.receivedAt, language, request.timeZone ?? company.timeZone),
      companyName: company.companyName,
      contactEmail: company.contactEmail,
      datasets: accessPackage?.manifest
        .filter((entry) => entry.rows > 0)
        .map(({ system, table, rows }) => ({
          label: words.dataset(system, table, language),
          rows,
        })),
      // In the person's language, naming the law as their language does (RGPD in Spanish).
      dueExplanation: request.dueRule
        ? explainDueDate(request.dueRule, language)
        : request.dueExplanation,
      deadline: request.dueRule
        ? deadlineSentence(request.dueRule, language)
        : request.dueExplanation
          ? { sentence: request.dueExplanation, rule: '' }
          : undefined,
      byPost: channel === 'postal',
      companyAddress: company.postalAddress?.filter(Boolean).join(', ') || undefined,
      requestType: request.type,
      law: lawFactsFor(request.regime, await this.residenceFor(request), language, company),
      appealUntil: kind === 'request_denied' ? this.appealUntil(request, language) : undefined,
      outcomes:
        kind === 'request_completed'
          ? await completionOutcomes(manager, requestId, {
              dataset: (system, table) => words.dataset(system, table, language),
              field: (system, table, column) => words.field(system, table, column, language),
            })
          : undefined,
      accessAnswer:
        kind === 'access_completed' && channel === 'postal' && accessPackage
          ? accessAnswerOfPackage(request, accessPackage, company)
          : undefined,
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
      try {
        await this.queueLetter(manager, request, kind, dedupeKey, email, input);
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
    await this.queueEmail(manager, requestId, kind, `${options.dedupeKey ?? kind}:email`, {
      email,
      language,
      recipient: subject.email,
      secrets,
    });
  }

  /** Where the person lives, as their request (or, for an appeal, the appealed one) kept it. */
  /** The end of the person's time to appeal, in words on their clock (else the company's). */
  private appealUntil(request: DataSubjectRequest, language: Language): string | undefined {
    const zone = request.timeZone ?? this.companyInForce.current().timeZone;
    const until = appealOpenUntil(
      privacyLaw(request.regime),
      request.closedAt ?? new Date(),
      this.policy.current().laws.appealDays,
      zone,
    );
    return until && timeWithZone(until, language, zone);
  }

  private async residenceFor(request: DataSubjectRequest): Promise<Residence | undefined> {
    const own = residenceOf(request.details);
    if (own || !request.parentRequestId) return own;
    return residenceOf((await this.requests.getById(request.parentRequestId)).details);
  }

  private async queueEmail(
    manager: EntityManager,
    requestId: string,
    kind: NoticeKind,
    dedupeKey: string,
    message: {
      email: RenderedEmail;
      language: string;
      recipient: string;
      secrets?: RenderOptions['secrets'];
    },
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
    if (await manager.getRepository(Correspondence).findOneBy({ requestId, dedupeKey })) return;
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
   * A letter instead of an email: the PDF is stored sealed and waits in the print queue; no send
   * job, since staff print and mail it (POST /api/v1/letter-batches).
   */
  private async queueLetter(
    manager: EntityManager,
    request: DataSubjectRequest,
    kind: NoticeKind,
    dedupeKey: string,
    email: RenderedEmail,
    input: LetterInput,
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
      sealedInput: sealToBytes(key, `${id}:input`, Buffer.from(JSON.stringify(input))),
    });
    await this.audit.append({
      requestId: request.id,
      actor: 'worker',
      action: 'notice.rendered',
      data: { notice: kind, channel: 'postal', correspondenceId: saved.id, letterId: id },
    });
  }

  private dateOf(at: Date, company: CompanyIdentity): string {
    return new Intl.DateTimeFormat('en-CA', { timeZone: company.timeZone }).format(at);
  }
}
