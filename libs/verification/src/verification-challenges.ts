import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { VerificationChallenge } from '@rightsdesk/persistence';

export type ChallengeClosing = 'confirmed' | 'superseded' | 'exhausted';

/** The emailed codes and links (verification_challenges), in the current transaction. */
@Injectable()
export class VerificationChallenges {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get challenges() {
    return this.txHost.tx.getRepository(VerificationChallenge);
  }

  /** How many codes a request was sent in the last hour, and when the oldest of them went. */
  async sentInLastHour(requestId: string): Promise<{ recent: number; oldest: Date | null }> {
    const [row] = (await this.txHost.tx.query(
      `SELECT count(*)::int AS recent, min(created_at) AS oldest FROM verification_challenges
       WHERE request_id = $1 AND created_at > now() - interval '1 hour'`,
      [requestId],
    )) as Array<{ recent: number; oldest: Date | null }>;
    return row;
  }

  /** Any earlier challenge stops working when a new one is issued. */
  async supersedeOpen(requestId: string): Promise<void> {
    await this.txHost.tx
      .createQueryBuilder()
      .update(VerificationChallenge)
      .set({ closedAt: () => 'now()', closedReason: 'superseded' })
      .where('request_id = :requestId AND closed_at IS NULL', { requestId })
      .execute();
  }

  add(
    challenge: Pick<
      VerificationChallenge,
      'requestId' | 'identityHash' | 'codeHash' | 'linkHash' | 'expiresAt' | 'maxAttempts'
    >,
  ): Promise<VerificationChallenge> {
    return this.challenges.save(this.challenges.create(challenge));
  }

  /** The request's newest challenge, open or not. */
  newest(requestId: string): Promise<VerificationChallenge | null> {
    return this.challenges.findOne({ where: { requestId }, order: { createdAt: 'DESC' } });
  }

  findByLinkHash(linkHash: string): Promise<VerificationChallenge | null> {
    return this.challenges.findOneBy({ linkHash });
  }

  /** The request's newest open challenge, locked until the transaction ends. */
  lockOpen(requestId: string): Promise<VerificationChallenge | null> {
    return this.challenges
      .createQueryBuilder('challenge')
      .setLock('pessimistic_write')
      .where('challenge.request_id = :requestId AND challenge.closed_at IS NULL', { requestId })
      .orderBy('challenge.created_at', 'DESC')
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
