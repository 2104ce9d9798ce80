import type { QueueHealthReport, QueueReport } from '@rightsdesk/queue';
import type { StaffPrincipal } from '@rightsdesk/staff';
import {
  ConsoleFlash,
  SafeHtml,
  csrfField,
  html,
  renderConsolePage,
} from '../../views/console-layout';
import { ageInWords, timeInWords } from './admin-words';

const QUEUE_WORDS: Record<string, string> = {
  fulfilment: 'Fulfilment (carrying out approved requests)',
  notices: 'Notices (rendering and sending emails and letters)',
};

/** Per queue: counts, the oldest waiting job, failed jobs with retry; the outbox backlog. */
export function queuesPage(
  staff: StaffPrincipal,
  report: QueueHealthReport,
  flash?: ConsoleFlash,
): SafeHtml {
  const { outbox } = report;
  const body = html`<p>As of ${timeInWords(report.at)}. Reload the page to see it again.</p>
    ${
      report.redis === 'unreachable' &&
      html`<div class="warning">
        <h2>Redis does not answer</h2>
        <p>
          The queues cannot be read. Nothing is lost: accepted work waits in Postgres (the outbox
          below) and is relayed once Redis is back.
        </p>
      </div>`
    }
    <h2>Outbox (Postgres, waiting to be relayed to the queues)</h2>
    <dl class="summary-list">
      <dt>Jobs not yet relayed</dt>
      <dd>${outbox.unrelayed}</dd>
      <dt>Oldest waiting</dt>
      <dd>${ageInWords(outbox.oldestUnrelayedMs)}</dd>
      <dt>Relay retrying</dt>
      <dd>${outbox.retrying}</dd>
    </dl>
    ${report.queues.map((queue) => queueSection(staff, queue))}`;
  return renderConsolePage({
    title: 'Queue health',
    staff,
    body,
    flash,
    current: '/console/admin/queue-health',
  });
}

function queueSection(staff: StaffPrincipal, queue: QueueReport): SafeHtml {
  const headingId = `queue-${queue.name}`;
  const counts = queue.counts;
  return html`<section aria-labelledby="${headingId}" class="group">
    <h2 id="${headingId}">${QUEUE_WORDS[queue.name] ?? queue.name}</h2>
    <div class="table-wrap">
      <table>
        <caption class="visually-hidden">
          Jobs of the ${queue.name} queue by state
        </caption>
        <thead>
          <tr>
            <th scope="col">Waiting</th>
            <th scope="col">Active</th>
            <th scope="col">Delayed (retry later)</th>
            <th scope="col">Completed (last day)</th>
            <th scope="col">Failed</th>
            <th scope="col">Oldest waiting</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>${counts.waiting}</td>
            <td>${counts.active}</td>
            <td>${counts.delayed}</td>
            <td>${counts.completed}</td>
            <td>${counts.failed}</td>
            <td>${ageInWords(queue.oldestWaitingMs)}</td>
          </tr>
        </tbody>
      </table>
    </div>
    ${
      queue.failed.length === 0
        ? html`<p>No failed jobs.</p>`
        : html`<h3>Failed jobs</h3>
            <form
              method="post"
              action="/console/admin/queues/${queue.name}/retry-failed"
              class="actions"
            >
              ${csrfField(staff)}
              <button type="submit" class="button">
                Retry all ${counts.failed} failed<span class="visually-hidden">
                  ${queue.name} jobs</span
                >
              </button>
            </form>
            <div class="table-wrap">
              <table>
                <caption class="visually-hidden">
                  Failed ${queue.name} jobs, newest first
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Job</th>
                    <th scope="col">Concerns</th>
                    <th scope="col">Error</th>
                    <th scope="col">Tries</th>
                    <th scope="col">Failed</th>
                    <th scope="col">Action</th>
                  </tr>
                </thead>
                <tbody>
                  ${queue.failed.map(
                    (job) =>
                      html`<tr>
                        <td><code>${job.name}</code></td>
                        <td>
                          ${Object.entries(job.refersTo).map(
                            ([key, value]) =>
                              html`<div>${key}: <code>${String(value)}</code></div>`,
                          )}
                        </td>
                        <td>${job.error || '–'}</td>
                        <td>${job.attemptsMade} of ${job.attemptsAllowed}</td>
                        <td>${timeInWords(job.failedAt)}</td>
                        <td>
                          <form
                            method="post"
                            action="/console/admin/queues/${queue.name}/jobs/${encodeURIComponent(job.id)}/retry"
                            class="inline-form"
                          >
                            ${csrfField(staff)}
                            <button type="submit" class="button button--secondary">
                              Retry<span class="visually-hidden"> job ${job.id}</span>
                            </button>
                          </form>
                        </td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
    }
  </section>`;
}
