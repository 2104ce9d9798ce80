/**
 * Every queue and job Rightsdesk runs, with its payload type. Payloads carry ids and a schema
 * version only, never personal data: handlers load what they need from Postgres.
 */
export const QUEUE_NAMES = ['fulfilment', 'notices'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

export interface JobPayloads {
  /** Collect a person's data for an access request and store the package. */
  'access.collect': { v: 1; requestId: string };
  /** Render a notice for a request into a stored correspondence row. */
  'notice.render': { v: 1; requestId: string; notice: string };
  /** Send one stored correspondence row (or keep it, when no SMTP server is configured). */
  'notice.send': { v: 1; correspondenceId: string };
}
export type JobName = keyof JobPayloads;

export const JOB_QUEUES: { readonly [name in JobName]: QueueName } = {
  'access.collect': 'fulfilment',
  'notice.render': 'notices',
  'notice.send': 'notices',
};

export const JOB_NAMES = Object.keys(JOB_QUEUES) as JobName[];

/**
 * Job id from request (or message), step and source: adding the same step twice is a no-op in
 * BullMQ, and the outbox refuses a duplicate row. BullMQ ids may not contain ":".
 */
export function jobIdFor(name: JobName, subjectId: string, source = 'all'): string {
  return `${name}.${subjectId}.${source}`.replace(/:/g, '_');
}

/** A typed outbox entry for a job. */
export function outboxEntryFor<N extends JobName>(
  name: N,
  payload: JobPayloads[N],
  jobId: string,
): { queue: QueueName; jobName: N; jobId: string; payload: JobPayloads[N] } {
  return { queue: JOB_QUEUES[name], jobName: name, jobId, payload };
}
