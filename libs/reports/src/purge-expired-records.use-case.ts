import { APP_CONFIG, type AppConfig } from '@rightsdesk/config';
import { Inject, Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { EntityManager } from 'typeorm';
import { AuditTrail, RetentionPurgeQuery } from '@rightsdesk/requests';
import { retentionCutoff } from './retention-cutoff';

export interface PurgeCounts {
  identity: number;
  correspondence: number;
  letters: number;
  accessPackages: number;
  downloadChallenges: number;
  verificationChallenges: number;
  agentAuthorizations: number;
  intakeDocuments: number;
  supportMessages: number;
  requestMessages: number;
  taskEvidence: number;
  fulfilmentPlans: number;
}

/**
 * Retention (regs 7101(a)): once a request has been closed for the configured number of months,
 * its personal data is purged (who the person is, what was sent to them, their package, their
 * agent's authorization, evidence files, verification secrets) while the request's log line
 * (reference, dates, nature, manner, response, basis of denial), its counts and its audit trail
 * stay. Each request is purged in one transaction with its audit row, and marked purged in the
 * same one, so a crash leaves it either untouched or done, and a rerun skips what is done.
 * Rows are claimed with SKIP LOCKED, so several workers can run this at once.
 */
@Injectable()
export class PurgeExpiredRecordsUseCase {
  private readonly retentionMonths: number;

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly requests: RetentionPurgeQuery,
    private readonly audit: AuditTrail,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.retentionMonths = config.REQUEST_RETENTION_MONTHS;
  }

  /** Purges up to `limit` requests; returns how many (the periodic loop repeats while > 0). */
  async runOnce(now = new Date(), limit = 50): Promise<number> {
    const cutoff = retentionCutoff(now, this.retentionMonths);
    return this.txHost.withTransaction(async () => {
      const manager = this.txHost.tx;
      // A request under appeal stays whole until the appeal is closed and old enough too.
      const due = await this.requests.claimDue(cutoff, limit);
      for (const request of due) await this.purge(manager, request.id, request.subject_id);
      return due.length;
    });
  }

  /**
   * A support message an officer filed as not a request belongs to no request, so no closing
   * starts its clock: its content, its files and the reason staff wrote go once it was received
   * longer ago than the retention period. The row and its Message-ID stay, so the mailbox poller
   * never takes it in again. Returns how many messages were cleared.
   */
  async purgeFiledSupportMessages(now = new Date()): Promise<number> {
    const cutoff = retentionCutoff(now, this.retentionMonths);
    return this.txHost.withTransaction(async () => {
      const [, cleared] = (await this.txHost.tx.query(
        `WITH old AS (
           SELECT id FROM mailbox_messages
           WHERE status = 'not_a_request' AND received_at < $1
             AND (sealed IS NOT NULL OR filed_reason IS NOT NULL)
           FOR UPDATE SKIP LOCKED
         ), files AS (
           DELETE FROM mailbox_attachments a USING old WHERE a.mailbox_message_id = old.id
         )
         UPDATE mailbox_messages m
            SET sealed = NULL, refused_attachments = '[]', filed_reason = NULL
           FROM old WHERE m.id = old.id`,
        [cutoff],
      )) as [unknown, number];
      return cleared;
    });
  }

  private async purge(manager: EntityManager, requestId: string, subjectId: string): Promise<void> {
    const affected = async (sql: string): Promise<number> => {
      const result = (await manager.query(sql, [requestId])) as [unknown, number];
      return result[1];
    };
    const counts: PurgeCounts = {
      // The identity is shared only by requests of the same person; it goes with the last one.
      identity: await this.requests.blankIdentityOfLast(subjectId, requestId),
      correspondence: await affected(
        `UPDATE correspondence SET recipient = '', body_text = '', body_html = NULL, sealed_secrets = NULL,
           error = NULL
         WHERE request_id = $1`,
      ),
      letters: await affected(
        `UPDATE letters SET sealed_pdf = '\\x'::bytea, sealed_input = '\\x'::bytea WHERE request_id = $1`,
      ),
      downloadChallenges: await affected('DELETE FROM download_challenges WHERE request_id = $1'),
      // Chunks go with their package (ON DELETE CASCADE).
      accessPackages: await affected('DELETE FROM access_packages WHERE request_id = $1'),
      verificationChallenges: await affected(
        'DELETE FROM verification_challenges WHERE request_id = $1',
      ),
      agentAuthorizations: await affected('DELETE FROM agent_authorizations WHERE request_id = $1'),
      // The scanned letter or call note is the person's own words: it goes like the rest.
      intakeDocuments: await affected('DELETE FROM intake_documents WHERE request_id = $1'),
      // Support messages go the same way; the row and its Message-ID stay, so the mailbox poller
      // never takes the message in again as new. Their files go with the sealed content.
      supportMessages: await affected(
        `WITH files AS (
           DELETE FROM mailbox_attachments a USING mailbox_messages m
           WHERE a.mailbox_message_id = m.id AND m.request_id = $1
         )
         UPDATE mailbox_messages SET sealed = NULL, refused_attachments = '[]', filed_reason = NULL
         WHERE request_id = $1`,
      ),
      // Our questions and the person's answers, with the files sent (ON DELETE CASCADE).
      requestMessages: await affected('DELETE FROM request_messages WHERE request_id = $1'),
      taskEvidence: await affected(
        `UPDATE manual_task_evidence SET note = '', file_name = NULL, content_type = NULL,
           byte_size = NULL, sealed_file = NULL WHERE request_id = $1`,
      ),
      // Planned steps hold the keys of the person's rows in the company's systems.
      fulfilmentPlans: await affected(
        'UPDATE fulfilment_steps SET planned = NULL WHERE request_id = $1 AND planned IS NOT NULL',
      ),
    };
    // A bounced message's error and a failed step's message may quote an address: both go.
    // What the request asked for stays as facts (scope, consent purposes, which fields were to be
    // corrected), never the values; verification keeps its outcome, not the data points.
    await this.requests.stripRequest(requestId);
    await this.audit.append({
      requestId,
      actor: 'system',
      action: 'request.personal_data_purged',
      reason: `closed more than ${this.retentionMonths} months ago (retention, regs 7101)`,
      data: { ...counts, retentionMonths: this.retentionMonths },
    });
  }
}
