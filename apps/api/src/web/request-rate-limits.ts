import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@rightsdesk/config';
import { DomainError } from '@rightsdesk/domain';
import { RateLimiter, keyedHash } from '@rightsdesk/verification';
import { ApiResources } from '../api-resources';

/** The per-hour limits on one address that a post may count against. */
export type AddressLimit = 'submitFromIp' | 'verifyFromIp' | 'signInFromIp';

const HOUR = 3600;
/** The longest a first connection may hold a person's page; a Redis known to be down costs nothing. */
const FIRST_CONNECT_MS = 500;

/**
 * Per-hour limits on submitting and verifying, shared by the pages and the REST API, so switching
 * between them gains nothing (GDPR Art. 32; CCPA regs 7060: detect and throttle failed verification). Counters are keyed by a keyed
 * hash of the IP or email, never the value. If Redis is down the page still works, at once:
 * refusing or delaying a person's request because a counter is unreachable would be worse than
 * not counting it. The outage is logged once when it starts and once when it ends.
 */
@Injectable()
export class RequestRateLimits {
  private readonly logger = new Logger('rate-limits');
  private redisDown = false;

  constructor(
    private readonly limiter: RateLimiter,
    private readonly resources: ApiResources,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  submitFromIp(ip: string): Promise<void> {
    return this.fromAddress('submitFromIp', ip);
  }

  submitForEmail(email: string): Promise<void> {
    return this.check(
      'submit:email',
      this.config.RATE_LIMIT_SUBMIT_PER_EMAIL,
      email,
      'for this email address',
    );
  }

  verifyFromIp(ip: string): Promise<void> {
    return this.fromAddress('verifyFromIp', ip);
  }

  /** Counts one attempt of `limit` from the address (429 once over it). */
  fromAddress(limit: AddressLimit, ip: string): Promise<void> {
    const { name, max, whose } = this.addressLimit(limit);
    return this.check(name, max, ip, whose);
  }

  /** Refuses (429) an address already over `limit`, without counting this attempt. */
  refuseIfOver(limit: AddressLimit, ip: string): Promise<void> {
    const { name, max, whose } = this.addressLimit(limit);
    return this.check(name, max, ip, whose, 'peek');
  }

  /**
   * Codes tried on "Find my request" for one reference, whatever the code and whether or not the
   * reference exists, so the limit itself tells nobody which references are real (regs 7060).
   */
  lookupCodeForReference(reference: string): Promise<void> {
    return this.check(
      'lookup-code:reference',
      this.config.VERIFICATION_MAX_ATTEMPTS,
      reference,
      'with this reference number',
    );
  }

  /** Staff sign-in attempts from one address, whatever the account (OWASP ASVS 2.2.1). */
  signInFromIp(ip: string): Promise<void> {
    return this.fromAddress('signInFromIp', ip);
  }

  private addressLimit(limit: AddressLimit): { name: string; max: number; whose: string } {
    switch (limit) {
      case 'submitFromIp':
        return {
          name: 'submit:ip',
          max: this.config.RATE_LIMIT_SUBMIT_PER_IP,
          whose: 'from your address',
        };
      case 'verifyFromIp':
        return {
          name: 'verify:ip',
          max: this.config.RATE_LIMIT_VERIFY_PER_IP,
          whose: 'from your address',
        };
      case 'signInFromIp':
        return {
          name: 'staff-sign-in:ip',
          max: this.config.RATE_LIMIT_SIGN_IN_PER_IP,
          whose: 'to sign in from your address',
        };
    }
  }

  private async check(
    name: string,
    max: number,
    value: string,
    whose: string,
    how: 'count' | 'peek' = 'count',
  ): Promise<void> {
    let decision;
    try {
      await this.ready();
      const subject = keyedHash(this.config.tokenKey, 'rate', value.trim().toLowerCase());
      const limit = { name, max, windowSeconds: HOUR };
      decision = await (how === 'count'
        ? this.limiter.hit(limit, subject)
        : this.limiter.peek(limit, subject));
    } catch (error) {
      if (!this.redisDown) {
        this.redisDown = true;
        this.logger.warn(
          `Redis is unreachable (${(error as Error).message}): rate limits are not counted until it returns`,
        );
      }
      return;
    }
    if (this.redisDown) {
      this.redisDown = false;
      this.logger.log('Redis is reachable again: rate limits are counted');
    }
    if (!decision.allowed) {
      throw new DomainError(
        'rate_limited',
        `Too many attempts ${whose} in the last hour; try again in ${Math.ceil(decision.retryAfterSeconds / 60)} minutes.`,
        [],
        decision.retryAfterSeconds,
      );
    }
  }

  /**
   * The shared connection is lazy and queues nothing offline. Only its first connection is
   * waited for, briefly; a connection that is down or reconnecting fails at once.
   */
  private async ready(): Promise<void> {
    const redis = this.resources.redis;
    if (redis.status === 'ready') return;
    if (redis.status !== 'wait') throw new Error(`redis is ${redis.status}`);
    const ready = new Promise<void>((resolve, reject) => {
      const settle = (error?: Error) => {
        clearTimeout(timer);
        redis.off('ready', onReady);
        redis.off('close', onClose);
        if (error) reject(error);
        else resolve();
      };
      const onReady = () => settle();
      const onClose = () => settle(new Error('redis refused the connection'));
      const timer = setTimeout(
        () => settle(new Error(`redis did not answer within ${FIRST_CONNECT_MS} ms`)),
        FIRST_CONNECT_MS,
      );
      redis.once('ready', onReady);
      redis.once('close', onClose);
    });
    redis.connect().catch(() => undefined);
    await ready;
  }
}
