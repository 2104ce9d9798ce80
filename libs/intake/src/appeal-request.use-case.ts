import { DataSource } from 'typeorm';
import { DomainError } from '@rightsdesk/domain';
import { DataSubjectRequest, SubjectIdentity } from '@rightsdesk/persistence';
import { RequestViewer, findRequestFor } from './request-lookup';
import { LifecycleSettings } from './lifecycle-settings';
import { SubmitRequestUseCase, SubmittedRequest } from './submit-request.use-case';

/**
 * An appeal of a denied or completed request: a request of its own, linked to the first, on the
 * appeal clock of the regime (Va., Conn., Tex. 60 days; Colo. 45), answered with reasons and,
 * if refused, how to reach the state Attorney General.
 */
export class AppealRequestUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: LifecycleSettings,
    private readonly submit: SubmitRequestUseCase,
  ) {}

  async execute(
    viewer: RequestViewer,
    requestId: string | undefined,
    reason: string,
  ): Promise<SubmittedRequest> {
    return this.dataSource.transaction(async (manager) => {
      const appealed = await findRequestFor(manager, this.settings.tokenKey, viewer, requestId);
      if (appealed.type === 'appeal')
        throw new DomainError('invalid_state', 'An appeal cannot itself be appealed here.');
      if (appealed.status !== 'denied' && appealed.status !== 'completed') {
        throw new DomainError(
          'invalid_state',
          `Only a denied or completed request can be appealed; this one is ${appealed.status}.`,
        );
      }
      const open = await manager.getRepository(DataSubjectRequest).findOne({
        where: { parentRequestId: appealed.id, type: 'appeal' },
      });
      if (open)
        throw new DomainError(
          'invalid_state',
          `This request was already appealed (${open.reference}).`,
        );
      const subject = await manager
        .getRepository(SubjectIdentity)
        .findOneByOrFail({ id: appealed.subjectId });
      return this.submit.submitInto(
        manager,
        {
          type: 'appeal',
          email: subject.email,
          name: subject.name ?? undefined,
          phone: subject.phone ?? undefined,
          postalAddress: subject.postalAddress ?? undefined,
          language: appealed.language,
          answerChannel: appealed.answerChannel,
          regime: appealed.regime,
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
}
