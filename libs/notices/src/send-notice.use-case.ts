import { randomUUID } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '@rightsdesk/config';
import { Inject, Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Correspondence, openFromBytes } from '@rightsdesk/persistence';
import { failpoint } from '@rightsdesk/observability';
import { AuditTrail } from '@rightsdesk/requests';
import { In } from 'typeorm';
import { SECRET_PLACEHOLDERS } from './notice-content';
import { redactPersonLinks } from './person-links';
import { AbandonedScope, MailSendClaims } from './mail-send-claims';
import { MailTransport, noticeMessageId } from './mail-transport';
import { StaffAlerts } from './staff-alerts/staff-alerts';

/**
 * Sends one stored message exactly once, or keeps it as `captured` when no SMTP server is
 * configured. The send is claimed in Postgres before the SMTP server is spoken to, and committed
 * just before the message's end is written. An attempt that dies before that point leaves a
 * claim that is taken over and sent once its lease runs out; one that dies between it and our
 * record of the server's "250 OK" leaves the message marked for staff to check (MailSendClaims),
 * never sent a second time. Its stable Message-ID lets anyone compare what arrived with what we
 * kept.
 */
@Injectable()
export class SendNoticeUseCase {
  private readonly from: string;
  private readonly archiveAddress: string | undefined;
  private readonly key: Buffer;

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly transport: MailTransport,
    private readonly claims: MailSendClaims,
    private readonly audit: AuditTrail,
    private readonly alerts: StaffAlerts,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.from = config.MAIL_FROM;
    this.archiveAddress = config.MAIL_ARCHIVE_ADDRESS;
    this.key = config.packageEncryptionKey;
  }

  async execute(correspondenceId: string): Promise<void> {
    const message = await this.txHost.tx
      .getRepository(Correspondence)
      .findOneByOrFail({ id: correspondenceId });
    // Letters are printed and mailed by staff through the print queue, never emailed.
    if (message.channel === 'postal') return;
    const attempt = randomUUID();
    if (!(await this.claim(message.id, attempt))) return;

    const fill = this.secretFiller(message);
    // Set at the commit point: from then on the server may deliver it, whatever we hear back.
    let committed = false;
    let result;
    try {
      result = await this.transport.send({
        messageId: noticeMessageId(message.id),
        from: this.from,
        to: message.recipient,
        bcc: this.archiveAddress,
        attempt,
        subject: message.subject,
        text: fill(message.bodyText),
        html: message.bodyHtml === null ? undefined : fill(message.bodyHtml),
        language: message.language,
        beforeEnd: async () => {
          // Fault-injection point for the crash tests: all but the message's end is out.
          failpoint('mail.before-data-end');
          if (!(await this.claims.commit(message.id, attempt))) throw new ClaimLost();
          committed = true;
          // Fault-injection point for the crash tests: committed, but the end never goes out.
          failpoint('mail.after-commit-point');
        },
      });
    } catch (error) {
      if (error instanceof ClaimLost) return;
      await this.recordFailure(message, attempt, error as Error, committed);
      return;
    }
    // Fault-injection point for the crash tests: the server has the message, we have no record.
    failpoint('mail.after-server-accepted');
    await this.txHost.withTransaction(async () => {
      const manager = this.txHost.tx;
      await manager.update(
        Correspondence,
        // Only the attempt that claimed it: staff may have settled a message marked unconfirmed.
        { id: message.id, sendAttempt: attempt, status: In(['sending', 'unconfirmed']) },
        {
          status: result.delivered ? 'sent' : 'captured',
          messageId: result.messageId,
          sentAt: () => 'now()',
          error: null,
          // Sent: the working code and link are no longer needed anywhere. Kept (no SMTP
          // server, a development set-up): the stored copy is the message, code included.
          sealedSecrets: null,
          ...(result.delivered
            ? {
                // Copies written before links were sealed still hold the person's link.
                bodyText: redactPersonLinks(message.bodyText),
                bodyHtml: message.bodyHtml === null ? null : redactPersonLinks(message.bodyHtml),
              }
            : {
                bodyText: fill(message.bodyText),
                bodyHtml: message.bodyHtml === null ? null : fill(message.bodyHtml),
              }),
        },
      );
      await this.audit.append({
        requestId: message.requestId,
        actor: 'worker',
        action: result.delivered ? 'notice.sent' : 'notice.captured',
        data: { notice: message.kind, channel: message.channel, correspondenceId: message.id },
      });
    });
  }

  /**
   * Claims the send for `attempt`. A claim left by an attempt that stopped before its commit
   * point is taken over (the message cannot have been delivered); one past it is handed to staff;
   * one still within its lease is left to the attempt that holds it.
   */
  private async claim(id: string, attempt: string): Promise<boolean> {
    if (await this.claims.claim(id, attempt)) return true;
    if ((await this.claims.releaseUncommitted({ id })).length > 0) {
      return this.claims.claim(id, attempt);
    }
    await this.markUnconfirmed({ id });
    return false;
  }

  /**
   * Marks claims whose attempt never came back as `unconfirmed`, each with an audit event, in one
   * transaction: for one message by its job, for all of them by the retry sweep. Returns how many.
   */
  async markUnconfirmed(scope: AbandonedScope = {}, batchSize?: number): Promise<number> {
    return this.txHost.withTransaction(async () => {
      const abandoned = await this.claims.markAbandoned(scope, batchSize);
      for (const message of abandoned) {
        await this.audit.append({
          requestId: message.requestId,
          actor: 'worker',
          action: 'notice.unconfirmed',
          data: {
            notice: message.kind,
            channel: message.channel,
            correspondenceId: message.id,
            claimedAt: new Date(message.claimedAt).toISOString(),
          },
        });
      }
      return abandoned.length;
    });
  }

  /**
   * A refusal the server gave (RFC 5321 4.2.1), a server never reached, or a failure before the
   * commit point proves the message was not accepted: a 5yz is a bounce, anything else is tried
   * again (the job's retries, then the sweep). Any other failure after the commit point (a
   * timeout or a connection lost waiting for the answer) may have come after the server accepted
   * it, so it is marked for staff instead of being sent again.
   */
  private async recordFailure(
    message: Correspondence,
    attempt: string,
    error: Error,
    committed: boolean,
  ) {
    const code = smtpReplyCode(error);
    if (code !== undefined && code >= 500) return this.recordBounce(message, attempt, code, error);
    if (code !== undefined || neverConnected(error) || !committed) {
      await this.claims.release(message.id, attempt, error.message);
      throw error;
    }
    await this.markUnconfirmed({ id: message.id, attempt });
  }

  private async recordBounce(
    message: Correspondence,
    attempt: string,
    code: number,
    error: Error,
  ): Promise<void> {
    await this.txHost.withTransaction(async () => {
      const manager = this.txHost.tx;
      await manager.update(
        Correspondence,
        { id: message.id, sendAttempt: attempt },
        // The code and link are useless now; the reply names the address problem, not the person.
        {
          status: 'bounced',
          error: `Bounced: ${error.message}`.slice(0, 500),
          sealedSecrets: null,
        },
      );
      await this.audit.append({
        requestId: message.requestId,
        actor: 'worker',
        action: 'notice.bounced',
        data: {
          notice: message.kind,
          channel: message.channel,
          correspondenceId: message.id,
          code,
        },
      });
      // A notice the person never got is a failed step: whoever works the request must hear.
      if (message.requestId)
        await this.alerts.stepFailed(message.requestId, `notice ${message.kind}`);
    });
  }

  /** Replaces the placeholders with the sealed secrets; without secrets, leaves text as is. */
  private secretFiller(message: Correspondence): (text: string) => string {
    if (!message.sealedSecrets) return (text) => text;
    const secrets = JSON.parse(
      openFromBytes(this.key, message.id, message.sealedSecrets).toString('utf8'),
    ) as Record<keyof typeof SECRET_PLACEHOLDERS, string>;
    return (text) =>
      Object.entries(SECRET_PLACEHOLDERS).reduce(
        (filled, [name, placeholder]) =>
          filled.split(placeholder).join(secrets[name as keyof typeof SECRET_PLACEHOLDERS] ?? ''),
        text,
      );
  }
}

/** The attempt's claim was given back before its commit point: another attempt sends it. */
class ClaimLost extends Error {
  constructor() {
    super('The send was claimed again after this attempt ran past its lease.');
  }
}

/** Errors of a connection that never reached the server (nodemailer keeps the system code). */
const UNREACHED = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

function neverConnected(error: unknown): boolean {
  const { code, originalCode } = error as { code?: unknown; originalCode?: unknown };
  return code === 'EDNS' || UNREACHED.has(String(originalCode ?? code));
}

/** The SMTP reply code nodemailer attaches to a refused command, if the server gave one. */
function smtpReplyCode(error: unknown): number | undefined {
  const code = (error as { responseCode?: unknown }).responseCode;
  return typeof code === 'number' && code >= 200 && code < 600 ? code : undefined;
}
