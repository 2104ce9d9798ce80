import { Injectable } from '@nestjs/common';
import { RequestLookup } from '@rightsdesk/intake';
import { DataSubjectRequest } from '@rightsdesk/persistence';
import { RequestMessageView, RequestMessages, RequestRepository } from '@rightsdesk/requests';
import { VerificationChallenges, keyedHash } from '@rightsdesk/verification';
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
    private readonly lookup: RequestLookup,
    private readonly requests: RequestRepository,
    private readonly correspondence: RequestMessages,
    private readonly challenges: VerificationChallenges,
    private readonly settings: PrivacyCenterSettings,
  ) {}

  /** The request a status token opens; a 404 (not_found) for any other token. */
  request(statusToken: string): Promise<DataSubjectRequest> {
    return this.lookup.find({ kind: 'subject', statusToken }, undefined);
  }

  /** Empty for a person reached only by post. */
  async emailOf(request: DataSubjectRequest): Promise<string> {
    return (await this.requests.subjectOf(request)).email ?? '';
  }

  /** Our questions and the person's answers, in the order the company received them. */
  messages(requestId: string): Promise<RequestMessageView[]> {
    return this.correspondence.of(requestId);
  }

  async appealed(requestId: string): Promise<boolean> {
    return (await this.requests.findAppealOf(requestId)) !== null;
  }

  async codeState(requestId: string, now = new Date()): Promise<CodeState> {
    const challenge = await this.challenges.newest(requestId);
    if (!challenge) return { kind: 'expired' };
    if (challenge.attempts >= challenge.maxAttempts) return { kind: 'too_many_attempts' };
    if (challenge.closedAt || challenge.expiresAt.getTime() <= now.getTime()) {
      return { kind: 'expired' };
    }
    return { kind: 'open', attemptsLeft: challenge.maxAttempts - challenge.attempts };
  }

  byId(requestId: string): Promise<DataSubjectRequest> {
    return this.requests.getById(requestId);
  }

  /** Whether a one-click link can still confirm: its challenge is neither closed nor expired. */
  async linkUsable(linkToken: string, now = new Date()): Promise<boolean> {
    const challenge = await this.challenges.findByLinkHash(
      keyedHash(this.settings.tokenKey, 'link', linkToken),
    );
    return Boolean(challenge && !challenge.closedAt && challenge.expiresAt > now);
  }
}
