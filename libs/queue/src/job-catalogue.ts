/**
 * Every queue and job Rightsdesk runs, with its payload type. Payloads carry ids and a schema
 * version only, never personal data: handlers load what they need from Postgres.
 */
export const QUEUE_NAMES = ['fulfilment', 'notices'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

export interface JobPayloads {
  /**
   * Plan an approved request's fulfilment and start its flow. `generation` grows with each
   * retry an officer asks for, so the retried flow's job ids are new to BullMQ.
   */
  'fulfilment.start': { v: 1; requestId: string; generation: number };
  /** One action on one data source (a child of the flow): collect, erase, correct, withdraw. */
  'fulfilment.step': { v: 1; stepId: string };
  /** The flow's parent: runs once every step is done, checks the result and completes. */
  'fulfilment.complete': { v: 1; requestId: string };
  /** Render a notice for a request into a stored correspondence row. */
  'notice.render': { v: 1; requestId: string; notice: string };
  /** Send one stored correspondence row (or keep it, when no SMTP server is configured). */
  'notice.send': { v: 1; correspondenceId: string };
}
export type JobName = keyof JobPayloads;

export const JOB_QUEUES: { readonly [name in JobName]: QueueName } = {
  'fulfilment.start': 'fulfilment',
  'fulfilment.step': 'fulfilment',
  'fulfilment.complete': 'fulfilment',
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
