import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@rightsdesk/config';
import { DomainError } from '@rightsdesk/domain';
import { RateLimiter, keyedHash } from '@rightsdesk/verification';
import { ApiResources } from '../api-resources';

const HOUR = 3600;
const READY_TIMEOUT_MS = 2_000;

/**
 * Per-hour limits on submitting and verifying, shared by the pages and the REST API, so switching
 * between them gains nothing (GDPR Art. 32; CCPA regs 7060: detect and throttle failed verification). Counters are keyed by a keyed
 * hash of the IP or email, never the value. If Redis is down the page still works: refusing a
 * person's request because a counter is unreachable would be worse than not counting it.
 */
@Injectable()
export class RequestRateLimits {
  private readonly logger = new Logger('rate-limits');

  constructor(
    private readonly limiter: RateLimiter,
    private readonly resources: ApiResources,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  submitFromIp(ip: string): Promise<void> {
    return this.check('submit:ip', this.config.RATE_LIMIT_SUBMIT_PER_IP, ip, 'from your address');
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
    return this.check('verify:ip', this.config.RATE_LIMIT_VERIFY_PER_IP, ip, 'from your address');
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
    return this.check(
      'staff-sign-in:ip',
      this.config.RATE_LIMIT_SIGN_IN_PER_IP,
      ip,
      'to sign in from your address',
    );
  }

  private async check(name: string, max: number, value: string, whose: string): Promise<void> {
    let decision;
    try {
      await this.ready();
      const subject = keyedHash(this.config.tokenKey, 'rate', value.trim().toLowerCase());
      decision = await this.limiter.hit({ name, max, windowSeconds: HOUR }, subject);
    } catch (error) {
      this.logger.warn(`rate limit ${name} not counted: ${(error as Error).message}`);
      return;
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

  /** The shared connection is lazy and queues nothing offline, so wait until it is ready. */
  private async ready(): Promise<void> {
    const redis = this.resources.redis;
    if (redis.status === 'ready') return;
    const ready = new Promise<void>((resolve, reject) => {
      const onReady = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        redis.off('ready', onReady);
        reject(new Error(`redis is ${redis.status}`));
      }, READY_TIMEOUT_MS);
      redis.once('ready', onReady);
    });
    if (redis.status === 'wait') redis.connect().catch(() => undefined);
    await ready;
  }
}
