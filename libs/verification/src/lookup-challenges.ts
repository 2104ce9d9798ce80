import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { LookupChallenge } from '@rightsdesk/persistence';

/** The codes that reopen a request found by reference and email (lookup_challenges). */
@Injectable()
export class LookupChallenges {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get challenges() {
    return this.txHost.tx.getRepository(LookupChallenge);
  }

  async sentInLastHour(requestId: string): Promise<{ recent: number; oldest: Date | null }> {
    const [row] = (await this.txHost.tx.query(
      `SELECT count(*)::int AS recent, min(created_at) AS oldest FROM lookup_challenges
       WHERE request_id = $1 AND created_at > now() - interval '1 hour'`,
      [requestId],
    )) as Array<{ recent: number; oldest: Date | null }>;
    return row;
  }

  /** Any earlier code stops working when a new one is sent. */
  async supersedeOpen(requestId: string): Promise<void> {
    await this.txHost.tx
      .createQueryBuilder()
      .update(LookupChallenge)
      .set({ closedAt: () => 'now()', closedReason: 'superseded' })
      .where('request_id = :requestId AND closed_at IS NULL', { requestId })
      .execute();
  }

  add(
    challenge: Pick<LookupChallenge, 'requestId' | 'codeHash' | 'expiresAt' | 'maxAttempts'>,
  ): Promise<LookupChallenge> {
    return this.challenges.save(this.challenges.create(challenge));
  }

  /** The request's newest code, locked so two guesses at once are both counted. */
  lockNewest(requestId: string): Promise<LookupChallenge | null> {
    return this.challenges
      .createQueryBuilder('challenge')
      .setLock('pessimistic_write')
      .where('challenge.request_id = :requestId', { requestId })
      .orderBy('challenge.created_at', 'DESC')
      .limit(1)
      .getOne();
  }

  async close(id: string, reason: 'opened' | 'exhausted', attempts?: number): Promise<void> {
    await this.challenges.update(
      { id },
      { closedAt: new Date(), closedReason: reason, ...(attempts ? { attempts } : {}) },
    );
  }

  async recordWrongAnswer(id: string, attempts: number): Promise<void> {
    await this.challenges.update({ id }, { attempts });
  }
}
