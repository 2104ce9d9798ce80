import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { findRequestFor } from '@rightsdesk/intake';
import { keyedHash } from '@rightsdesk/verification';
import {
  DataSubjectRequest,
  SubjectIdentity,
  VerificationChallenge,
} from '@rightsdesk/persistence';
import { PrivacyCenterSettings } from './privacy-center.settings';

/** Where the newest emailed code stands, for the verify page's messages. */
export type CodeState =
  { kind: 'open'; attemptsLeft: number } | { kind: 'expired' } | { kind: 'too_many_attempts' };

/**
 * Read-only facts the token pages show beyond the status query: the request a token opens, the
 * address a code went to, whether an appeal exists, and the newest code's state.
 */
@Injectable()
export class TokenPagesQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: PrivacyCenterSettings,
  ) {}

  /** The request a status token opens; a 404 (not_found) for any other token. */
  request(statusToken: string): Promise<DataSubjectRequest> {
    return findRequestFor(
      this.dataSource.manager,
      this.settings.tokenKey,
      { kind: 'subject', statusToken },
      undefined,
    );
  }

  async emailOf(request: DataSubjectRequest): Promise<string> {
    const subject = await this.dataSource
      .getRepository(SubjectIdentity)
      .findOneByOrFail({ id: request.subjectId });
    return subject.email;
  }

  appealed(requestId: string): Promise<boolean> {
    return this.dataSource.getRepository(DataSubjectRequest).exists({
      where: { parentRequestId: requestId, type: 'appeal' },
    });
  }

  async codeState(requestId: string, now = new Date()): Promise<CodeState> {
    const challenge = await this.dataSource.getRepository(VerificationChallenge).findOne({
      where: { requestId },
      order: { createdAt: 'DESC' },
    });
    if (!challenge) return { kind: 'expired' };
    if (challenge.attempts >= challenge.maxAttempts) return { kind: 'too_many_attempts' };
    if (challenge.closedAt || challenge.expiresAt.getTime() <= now.getTime()) {
      return { kind: 'expired' };
    }
    return { kind: 'open', attemptsLeft: challenge.maxAttempts - challenge.attempts };
  }

  byId(requestId: string): Promise<DataSubjectRequest> {
    return this.dataSource.getRepository(DataSubjectRequest).findOneByOrFail({ id: requestId });
  }

  /** Whether a one-click link can still confirm: its challenge is neither closed nor expired. */
  async linkUsable(linkToken: string, now = new Date()): Promise<boolean> {
    const challenge = await this.dataSource.getRepository(VerificationChallenge).findOneBy({
      linkHash: keyedHash(this.settings.tokenKey, 'link', linkToken),
    });
    return Boolean(challenge && !challenge.closedAt && challenge.expiresAt > now);
  }
}
