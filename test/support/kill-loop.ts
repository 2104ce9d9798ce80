import { Client } from 'pg';
import { AppProcess, waitUntil } from './app-processes';
import { databaseOnlyDataMap } from './database-only-data-map';
import { E2eRightsdesk } from './e2e-harness';
import type { SubmittedRequest } from './e2e-api';

/**
 * Rightsdesk as the kill loop needs it: the api with an SMTP sink and a shop of `people` of its
 * own (deletions change it), access and deletion approved automatically, the databases alone
 * (no processor or staff to wait for), and a replay quick enough to matter within a test. With
 * `archive`, the SMTP sink files a copy of every email in an archive mailbox the workers read
 * to settle the emails a kill left unconfirmed.
 */
export function killLoopRightsdesk(
  name: string,
  people: number,
  settings: Record<string, string> = {},
  { archive = false } = {},
): E2eRightsdesk {
  return new E2eRightsdesk({
    name,
    shopPeople: people,
    smtp: true,
    archive,
    apps: ['api'],
    env: async () => ({
      DATA_MAP_PATH: await databaseOnlyDataMap(),
      AUTO_APPROVE: 'delete,access',
      OUTBOX_POLL_MS: '100',
      QUEUE_REPLAY_MS: '2000',
      QUEUE_REPLAY_GRACE_MS: '5000',
      // Every simulated person files and verifies from 127.0.0.1: the per-address limits, meant
      // for one browser, would otherwise refuse all but the first thirty.
      RATE_LIMIT_SUBMIT_PER_IP: '1000000',
      RATE_LIMIT_VERIFY_PER_IP: '1000000',
      // A killed send is taken up again (or marked for staff) a minute later, not five: the
      // verification emails of the people it cut off must arrive while they wait for them.
      MAIL_SEND_LEASE_MS: '60000',
      ...settings,
    }),
  });
}

/** The emails of the first `count` people of the spec's shop. */
export async function shopEmails(rightsdesk: E2eRightsdesk, count: number): Promise<string[]> {
  const shop = new Client({ connectionString: rightsdesk.databases.shop });
  await shop.connect();
  try {
    const { rows } = await shop.query<{ email: string }>(
      'SELECT email FROM customers ORDER BY id LIMIT $1',
      [count],
    );
    return rows.map((row) => row.email);
  } finally {
    await shop.end();
  }
}

export interface KillLoopOptions {
  /** How many requests to file, alternating access and deletion. */
  requests: number;
  /** Workers running at once; one of them is killed and restarted at each kill. */
  workers: number;
  /** A kill every `killEveryMs[0]` to `killEveryMs[1]` milliseconds, at random. */
  killEveryMs: readonly [number, number];
  /** How long every request may take to finish once the kills stop. */
  settleMs: number;
  /** People filing (then waiting for their code) at once. */
  concurrency?: number;
  /** How long a person waits for their verification email before giving up (5 minutes). */
  codeWaitMs?: number;
  log?: (line: string) => void;
}

/** What the people behind the requests got, once the kills stopped and the work settled. */
export interface KillLoopCounts {
  requests: number;
  kills: number;
  completed: number;
  /** Failed with the step and error recorded: visible to an officer, who can retry. */
  failedVisibly: number;
  /** Answered 5xx at submission, or answered 201 and not in Postgres. */
  lost: number;
  /** Answers 5xx at any step (submitting or entering a code). */
  serverErrors: number;
  /** Neither completed nor visibly failed after the settle time. */
  stuck: number;
  /** Emails received more than once (the same Message-ID). */
  mailTwice: number;
  /** Emails Rightsdesk wrote for these requests that never reached the SMTP server. */
  mailMissing: number;
  /**
   * Of the missing emails, those visibly `unconfirmed` in Postgres (a send that died after its
   * claim): staff are asked to confirm or resend them, so they are not silently lost.
   */
  mailMissingUnconfirmed: number;
  /** The missing emails by their status in Postgres, e.g. `{ pending: 2, unconfirmed: 1 }`. */
  mailMissingByStatus: Record<string, number>;
  /** Verification emails that did not arrive in time: their requests were never verified. */
  codeNeverArrived: number;
  /** Answers other than success, by step and HTTP status (e.g. "code 500"): not lost, refused. */
  refused: Record<string, number>;
  /** Every email Rightsdesk wrote in the run, by how it ended (sent, unconfirmed, sending…). */
  mailByStatus: Record<string, number>;
  /** Emails left `unconfirmed` at the end, for staff to settle. */
  unconfirmed: number;
  /** Unconfirmed emails the archive held a copy of: recorded as sent, not sent again. */
  confirmedByArchive: number;
  /** Unconfirmed emails missing from the archive: sent again once by the worker. */
  resentByArchiveCheck: number;
}

/**
 * A kill loop as the fault tests and the soak run it: `workers` built workers, one SIGKILLed and
 * restarted every few seconds while people file requests and enter their emailed codes, then
 * the counts of what went wrong. The spec's api must be running with an SMTP sink and
 * auto-approval of access and deletion; `writer` is an API key that may write requests.
 */
export async function runKillLoop(
  rightsdesk: E2eRightsdesk,
  writer: string,
  emails: readonly string[],
  options: KillLoopOptions,
): Promise<KillLoopCounts> {
  const log = options.log ?? (() => undefined);
  const workers = Array.from({ length: options.workers }, () =>
    new AppProcess('worker', rightsdesk.env).start(),
  );
  let kills = 0;
  let killing = true;
  const killer = (async () => {
    const [least, most] = options.killEveryMs;
    while (killing) {
      await new Promise((done) => setTimeout(done, least + Math.random() * (most - least)));
      if (!killing) break;
      const victim = Math.floor(Math.random() * workers.length);
      await workers[victim]?.stop('SIGKILL');
      workers[victim] = new AppProcess('worker', rightsdesk.env).start();
      kills += 1;
    }
  })();

  const began = Date.now();
  const elapsed = () => `${Math.round((Date.now() - began) / 1000)} s`;
  const accepted: SubmittedRequest[] = [];
  const filed: SubmittedRequest[] = [];
  let lost = 0;
  let serverErrors = 0;
  let codeNeverArrived = 0;
  const refused: Record<string, number> = {};
  const refuse = (step: string, status: number) => {
    if (status >= 500) serverErrors += 1;
    refused[`${step} ${status}`] = (refused[`${step} ${status}`] ?? 0) + 1;
  };
  try {
    let next = 0;
    const fileOne = async (index: number) => {
      const type = index % 2 === 0 ? 'access' : 'delete';
      const email = emails[index % emails.length] ?? `nobody-${index}@example.com`;
      const answer = await rightsdesk.http.submit(writer, {
        type,
        email,
        residence: { country: 'FR' },
      });
      if (answer.status !== 201) {
        if (answer.status >= 500) lost += 1;
        refuse('submit', answer.status);
        return;
      }
      accepted.push(answer.body);
      const code = await emailedCode(
        rightsdesk,
        answer.body.reference,
        options.codeWaitMs ?? 300_000,
      ).catch(() => undefined);
      if (code === undefined) {
        codeNeverArrived += 1;
        return;
      }
      const entered = await rightsdesk.http.enterCode(answer.body, code);
      if (entered.status === 200) filed.push(answer.body);
      else refuse('code', entered.status);
    };
    await Promise.all(
      Array.from({ length: options.concurrency ?? 10 }, async () => {
        while (next < options.requests) await fileOne(next++);
      }),
    );
    log(`${filed.length} requests filed and verified, ${kills} kills, ${elapsed()}`);
    killing = false;
    await killer;

    const ids = filed.map((request) => request.id);
    const acceptedIds = accepted.map((request) => request.id);
    // With an archive, an unconfirmed email is not settled until the archive check has settled it.
    const unsettled = rightsdesk.dovecot ? ['pending', 'sending', 'unconfirmed'] : undefined;
    const settled = () => settledCounts(rightsdesk, ids, acceptedIds, unsettled);
    await waitUntil(
      async () => {
        const counts = await settled();
        return counts.completed + counts.failedVisibly === ids.length && counts.unsent === 0;
      },
      options.settleMs,
      () => 'every request to complete or fail visibly and every email to go',
    ).catch((error: Error) => log(error.message));
    log(`settled at ${elapsed()}`);
    const counts = await settled();
    const receivedIds = rightsdesk.smtp.messages.map((message) => message.messageId ?? '');
    const received = new Set(receivedIds);
    const missing = counts.written
      .map(([id]) => id)
      .filter((id) => !received.has(`<${id}@rightsdesk>`));
    const statusOf = new Map(counts.written.map(([id, status]) => [id, status] as const));
    const mailMissingByStatus: Record<string, number> = {};
    for (const id of missing) {
      const status = statusOf.get(id) ?? 'unknown';
      mailMissingByStatus[status] = (mailMissingByStatus[status] ?? 0) + 1;
    }
    const byStatus = (await rightsdesk.dataSource.query(
      `SELECT status, count(*)::int AS n FROM correspondence WHERE channel = 'email' GROUP BY status`,
    )) as Array<{ status: string; n: number }>;
    const mailByStatus = Object.fromEntries(byStatus.map(({ status, n }) => [status, n]));
    const archiveActions = await auditActionCounts(rightsdesk, acceptedIds);
    return {
      requests: options.requests,
      kills,
      completed: counts.completed,
      failedVisibly: counts.failedVisibly,
      lost: lost + (acceptedIds.length - counts.acceptedFound),
      serverErrors,
      stuck: counts.found - counts.completed - counts.failedVisibly,
      mailTwice: receivedIds.length - received.size,
      mailMissing: missing.length,
      mailMissingUnconfirmed: mailMissingByStatus.unconfirmed ?? 0,
      mailMissingByStatus,
      codeNeverArrived,
      refused,
      mailByStatus,
      unconfirmed: mailByStatus.unconfirmed ?? 0,
      confirmedByArchive: archiveActions['notice.archive_confirmed'] ?? 0,
      resentByArchiveCheck: archiveActions['notice.archive_resend'] ?? 0,
    };
  } finally {
    killing = false;
    await killer;
    await Promise.all(workers.map((worker) => worker.stop()));
  }
}

/** The verification code of the email for `reference`; waits through workers' deaths. */
async function emailedCode(
  rightsdesk: E2eRightsdesk,
  reference: string,
  waitMs: number,
): Promise<string> {
  const mail = await rightsdesk.smtp.waitFor(
    (message) =>
      (message.subject?.includes(reference) ?? false) &&
      (message.subject?.includes('verification code') ?? false),
    waitMs,
  );
  const code = /Your code is (\d{6})/.exec(mail.text ?? '')?.[1];
  if (!code) throw new Error(`the verification email for ${reference} holds no code`);
  return code;
}

/** How often each archive check's outcome was audited for the requests' emails. */
async function auditActionCounts(
  rightsdesk: E2eRightsdesk,
  requestIds: readonly string[],
): Promise<Record<string, number>> {
  const rows = (await rightsdesk.dataSource.query(
    `SELECT action, count(*)::int AS n FROM request_events
      WHERE request_id = ANY ($1::uuid[]) AND action LIKE 'notice.archive_%'
      GROUP BY action`,
    [requestIds],
  )) as Array<{ action: string; n: number }>;
  return Object.fromEntries(rows.map(({ action, n }) => [action, n]));
}

/**
 * `ids`: the verified requests, which must end; `acceptedIds`: every request answered 201
 * (verified or not), which must be in Postgres and whose emails are counted; `unsettled`: the
 * email statuses still to end.
 */
async function settledCounts(
  rightsdesk: E2eRightsdesk,
  ids: readonly string[],
  acceptedIds: readonly string[],
  unsettled: readonly string[] = ['pending', 'sending'],
) {
  const [row] = (await rightsdesk.dataSource.query(
    `SELECT count(*)::int AS found,
            (SELECT count(*)::int FROM requests WHERE id = ANY ($2::uuid[])) AS "acceptedFound",
            count(*) FILTER (WHERE status = 'completed')::int AS completed,
            count(*) FILTER (WHERE status = 'failed' AND failure IS NOT NULL)::int AS "failedVisibly",
            (SELECT count(*)::int FROM correspondence c
              WHERE c.request_id = ANY ($2::uuid[]) AND c.channel = 'email'
                AND c.status = ANY ($3::text[])) AS unsent,
            (SELECT coalesce(json_agg(json_build_array(c.id::text, c.status)), '[]') FROM correspondence c
              WHERE c.request_id = ANY ($2::uuid[]) AND c.channel = 'email') AS written
       FROM requests WHERE id = ANY ($1::uuid[])`,
    [ids, acceptedIds, unsettled],
  )) as Array<{
    found: number;
    acceptedFound: number;
    completed: number;
    failedVisibly: number;
    unsent: number;
    /** Every email written for the accepted requests: [id, status]. */
    written: Array<[string, string]>;
  }>;
  return (
    row ?? {
      found: 0,
      acceptedFound: 0,
      completed: 0,
      failedVisibly: 0,
      unsent: 0,
      written: [],
    }
  );
}
