import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import {
  DomainError,
  appealOpenUntil,
  personTimeZone,
  privacyLaw,
  statusInWords,
} from '@rightsdesk/domain';
import { timeWithZone } from '@rightsdesk/messages';
import { LifecycleSettingsInForce } from './lifecycle-settings';
import { PolicyInForce } from '@rightsdesk/live-config';
import { RequestRepository, residenceOf } from '@rightsdesk/requests';
import type { DataSubjectRequest } from '@rightsdesk/persistence';
import { RequestLookup, RequestViewer } from './request-lookup';
import { SubmitRequestUseCase, SubmittedRequest } from './submit-request.use-case';

/**
 * An appeal of a denied or completed request: a request of its own, linked to the first, on the
 * appeal clock of the regime (Va., Conn., Tex. 60 days; Colo. 45), answered with reasons and,
 * if refused, how to reach the state Attorney General.
 */
@Injectable()
export class AppealRequestUseCase {
  constructor(
    private readonly lookup: RequestLookup,
    private readonly requests: RequestRepository,
    private readonly submit: SubmitRequestUseCase,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly settings: LifecycleSettingsInForce,
    private readonly policy: PolicyInForce,
  ) {}

  async execute(
    viewer: RequestViewer,
    requestId: string | undefined,
    reason: string,
  ): Promise<SubmittedRequest> {
    return this.txHost.withTransaction(async () => {
      const appealed = await this.lookup.find(viewer, requestId);
      if (appealed.type === 'appeal')
        throw new DomainError('invalid_state', 'An appeal cannot itself be appealed here.');
      if (appealed.status !== 'denied' && appealed.status !== 'completed') {
        throw new DomainError(
          'invalid_state',
          `Only a denied or completed request can be appealed; this one is ${statusInWords(appealed.status)}.`,
        );
      }
      const open = await this.requests.findAppealOf(appealed.id);
      if (open)
        throw new DomainError(
          'invalid_state',
          `This request was already appealed (${open.reference}).`,
        );
      const time = this.timeToAppeal(appealed);
      if (!time.open) {
        throw new DomainError(
          'invalid_state',
          `The time to appeal this decision ended on ${timeWithZone(time.until, 'en', time.zone)}.`,
        );
      }
      const subject = await this.requests.subjectOf(appealed);
      // The appeal is submitted in this transaction: both stand or neither does.
      return this.submit.execute(
        {
          type: 'appeal',
          email: subject.email ?? undefined,
          name: subject.name ?? undefined,
          phone: subject.phone ?? undefined,
          postalAddress: subject.postalAddress ?? undefined,
          residence: residenceOf(appealed),
          language: appealed.language,
          answerChannel: appealed.answerChannel,
          regime: appealed.regime,
          // The person's clock carries over: the appeal's dates read as their request's did.
          timeZone: appealed.timeZone ?? undefined,
          reason,
        },
        {
          manner: appealed.manner === 'api' ? 'api' : 'web',
          actor: 'subject',
          parentRequestId: appealed.id,
        },
      );
    });
  }

  /**
   * The time the person's law gives them to appeal a decision (for most, the company's reasonable
   * period), ending with a day on their own clock, else the company's; no limit without a law's.
   */
  timeToAppeal(
    decided: Pick<
      DataSubjectRequest,
      'regime' | 'closedAt' | 'timeZone' | 'residenceCountry' | 'residenceRegion'
    >,
  ): { open: true; until?: Date; zone: string } | { open: false; until: Date; zone: string } {
    const zone = personTimeZone(decided, this.settings.current().timeZone);
    const until = appealOpenUntil(
      privacyLaw(decided.regime),
      decided.closedAt ?? new Date(),
      this.policy.current().laws.appealDays,
      zone,
    );
    if (until && Date.now() > until.getTime()) return { open: false, until, zone };
    return { open: true, until, zone };
  }
}
