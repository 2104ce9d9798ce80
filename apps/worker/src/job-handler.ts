import { JobName, JobPayloads } from '@rightsdesk/queue';

/** What each job name does; the worker refuses to start if any catalogued job lacks one. */
export type JobHandlers = { [N in JobName]: (payload: JobPayloads[N]) => Promise<void> };

export const JOB_HANDLERS = Symbol('JOB_HANDLERS');
