import { Injectable } from '@nestjs/common';
import {
  CompleteFulfilmentUseCase,
  RunFulfilmentStepUseCase,
  StartFulfilmentUseCase,
} from '@rightsdesk/fulfilment';
import { RenderNoticeUseCase, SendNoticeUseCase, isNoticeKind } from '@rightsdesk/notices';
import { JOB_NAMES, JobName, JobPayloads } from '@rightsdesk/queue';

/** What each job name does; the worker refuses to start if any catalogued job lacks one. */
export type JobHandlers = { [N in JobName]: (payload: JobPayloads[N]) => Promise<void> };

/**
 * The catalogue's jobs and the use cases that carry them out. Each fulfilment use case reads
 * the data map version its request is pinned to (FulfilmentSources).
 */
@Injectable()
export class JobHandlerTable {
  readonly handlers: JobHandlers;

  constructor(
    start: StartFulfilmentUseCase,
    step: RunFulfilmentStepUseCase,
    complete: CompleteFulfilmentUseCase,
    render: RenderNoticeUseCase,
    send: SendNoticeUseCase,
  ) {
    this.handlers = {
      'fulfilment.start': ({ requestId, generation }) => start.execute(requestId, generation),
      'fulfilment.step': ({ stepId }) => step.execute(stepId),
      'fulfilment.complete': ({ requestId }) => complete.execute(requestId),
      'notice.render': ({ requestId, notice }) => {
        if (!isNoticeKind(notice)) throw new Error(`unknown notice "${notice}"`);
        return render.execute(requestId, notice);
      },
      'notice.send': ({ correspondenceId }) => send.execute(correspondenceId),
    };
    assertEveryJobHandled(this.handlers);
  }
}

/** Start-up fails if the catalogue names a job nobody handles. */
function assertEveryJobHandled(handlers: Partial<JobHandlers>): void {
  const missing = JOB_NAMES.filter((name) => typeof handlers[name] !== 'function');
  if (missing.length > 0) throw new Error(`no handler for job(s): ${missing.join(', ')}`);
}
