import { APP_CONFIG, type AppConfig } from '@rightsdesk/config';
import { Inject, Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { DomainError, statusInWords } from '@rightsdesk/domain';
import { FulfilmentStep, ManualTaskEvidence, sealToBytes } from '@rightsdesk/persistence';
import { RequestRepository } from '@rightsdesk/requests';
import { type EvidenceFile, checkEvidence } from './manual-task-evidence';
import { type WaitingPlan, WaitingSteps, toldResult } from './waiting-step';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Staff complete a waiting step by hand: a manual system's task, a recipient told by other means
 * because its webhook is not configured, or a recipient that confirmed outside its callback. The
 * note and the sealed file are kept as evidence; the step, the evidence and the request's next
 * check are written in one transaction, after the input is checked, so nothing partial is kept.
 */
@Injectable()
export class CompleteManualTaskUseCase {
  private readonly sealKey: Buffer;

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly requests: RequestRepository,
    private readonly waiting: WaitingSteps,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.sealKey = config.packageEncryptionKey;
  }

  async execute(
    requestId: string,
    stepId: string,
    input: { note: unknown; file?: EvidenceFile },
    actor: string,
  ): Promise<{ stepId: string; status: 'done' }> {
    const notFound = new DomainError('not_found', 'The request has no step with that id.');
    if (!UUID.test(stepId)) throw notFound;
    const evidence = checkEvidence(input.note, input.file);
    return this.txHost.withTransaction(async () => {
      const manager = this.txHost.tx;
      const step = await manager
        .getRepository(FulfilmentStep)
        .createQueryBuilder('step')
        .setLock('pessimistic_write')
        .where('step.id = :stepId AND step.request_id = :requestId', { stepId, requestId })
        .getOne();
      if (!step) throw notFound;
      if (step.status !== 'waiting') {
        throw new DomainError(
          'invalid_state',
          `The step is ${step.status}, not waiting for staff.`,
        );
      }
      const request = await this.requests.getById(requestId);
      if (request.status !== 'in_progress') {
        throw new DomainError(
          'invalid_state',
          `The request is ${statusInWords(request.status)}, not in progress.`,
        );
      }
      const sealed = evidence.file
        ? sealToBytes(this.sealKey, step.id, evidence.file.content)
        : null;
      await manager.insert(ManualTaskEvidence, {
        stepId: step.id,
        requestId,
        completedBy: actor,
        note: evidence.note,
        fileName: evidence.file?.fileName.slice(0, 255) ?? null,
        contentType: evidence.file?.contentType ?? null,
        byteSize: evidence.file?.content.length ?? null,
        sealedFile: sealed,
      });
      const plan = (step.planned ?? {}) as unknown as WaitingPlan;
      const result = plan.recipient
        ? toldResult(plan, 'staff')
        : { task: { label: plan.label ?? step.source, outcome: 'done', via: 'staff' } };
      await this.waiting.complete(step, { ...result, evidence: true }, actor, 'staff');
      return { stepId: step.id, status: 'done' as const };
    });
  }
}
