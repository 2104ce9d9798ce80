import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { ChallengePurpose, VerificationChallenge } from '@rightsdesk/persistence';

export type ChallengeClosing = 'confirmed' | 'opened' | 'superseded' | 'exhausted';

/**
 * The emailed codes and links (verification_challenges), in the current transaction. Codes of
 * one purpose never count against, supersede or stand in for codes of the other: finding a
 * request again leaves its verification code working.
 */
@Injectable()
export class VerificationChallenges {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get challenges() {
    return this.txHost.tx.getRepository(VerificationChallenge);
  }

  /** How many codes for `purpose` a request was sent in the last hour, and when the oldest went. */
  async sentInLastHour(
    requestId: string,
    purpose: ChallengePurpose,
  ): Promise<{ recent: number; oldest: Date | null }> {
    const [row] = (await this.txHost.tx.query(
      `SELECT count(*)::int AS recent, min(created_at) AS oldest FROM verification_challenges
       WHERE request_id = $1 AND purpose = $2 AND created_at > now() - interval '1 hour'`,
      [requestId, purpose],
    )) as Array<{ recent: number; oldest: Date | null }>;
    return row;
  }

  /** Any earlier code for `purpose` stops working when a new one is issued. */
  async supersedeOpen(requestId: string, purpose: ChallengePurpose): Promise<void> {
    await this.txHost.tx
      .createQueryBuilder()
      .update(VerificationChallenge)
      .set({ closedAt: () => 'now()', closedReason: 'superseded' })
      .where('request_id = :requestId AND purpose = :purpose AND closed_at IS NULL', {
        requestId,
        purpose,
      })
      .execute();
  }

  add(
    challenge: Pick<
      VerificationChallenge,
      | 'requestId'
      | 'purpose'
      | 'identityHash'
      | 'codeHash'
      | 'linkHash'
      | 'expiresAt'
      | 'maxAttempts'
    >,
  ): Promise<VerificationChallenge> {
    return this.challenges.save(this.challenges.create(challenge));
  }

  /** The request's newest verification challenge, open or not. */
  newest(requestId: string): Promise<VerificationChallenge | null> {
    return this.challenges.findOne({
      where: { requestId, purpose: 'verify' },
      order: { createdAt: 'DESC' },
    });
  }

  findByLinkHash(linkHash: string): Promise<VerificationChallenge | null> {
    return this.challenges.findOneBy({ linkHash, purpose: 'verify' });
  }

  /** The request's newest open verification challenge, locked until the transaction ends. */
  lockOpen(requestId: string): Promise<VerificationChallenge | null> {
    return this.newestLocked(requestId, 'verify', { openOnly: true });
  }

  /**
   * The request's newest code for `purpose`, locked so two guesses at once are both counted;
   * open or not unless `openOnly`, so a spent newest code is not stood in for by an older one.
   */
  newestLocked(
    requestId: string,
    purpose: ChallengePurpose,
    { openOnly = false } = {},
  ): Promise<VerificationChallenge | null> {
    return this.challenges
      .createQueryBuilder('challenge')
      .setLock('pessimistic_write')
      .where('challenge.request_id = :requestId AND challenge.purpose = :purpose', {
        requestId,
        purpose,
      })
      .andWhere(openOnly ? 'challenge.closed_at IS NULL' : 'TRUE')
      .orderBy('challenge.created_at', 'DESC')
      .limit(1)
      .getOne();
  }

  async close(id: string, at: Date, reason: ChallengeClosing): Promise<void> {
    await this.challenges.update({ id }, { closedAt: at, closedReason: reason });
  }

  /** Counts a wrong answer; the last allowed one closes the challenge. */
  async recordWrongAnswer(id: string, attempts: number, exhaustedAt: Date | null): Promise<void> {
    await this.challenges.update(
      { id },
      {
        attempts,
        ...(exhaustedAt ? { closedAt: exhaustedAt, closedReason: 'exhausted' as const } : {}),
      },
    );
  }
}
