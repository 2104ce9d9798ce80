import { isConsoleKey, say } from '../../i18n/console-words';
import type { MailboxState } from '@rightsdesk/mailbox';
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

/** A queue's name in words; a queue added later shows its own name. */
function queueInWords(name: string): string {
  const key = `queues.name.${name}`;
  return isConsoleKey(key) ? say(key) : name;
}

/** The per-state counts' columns, in order. */
const COUNT_COLUMNS = [
  'waiting',
  'active',
  'delayed',
  'completed',
  'failed',
  'oldestWaiting',
] as const;

/** The failed-job table's columns, in order. */
const FAILED_COLUMNS = ['job', 'concerns', 'error', 'tries', 'failedAt', 'action'] as const;

/** Per queue: counts, the oldest waiting job, failed jobs with retry; the outbox backlog; the mailbox. */
export function queuesPage(
  staff: StaffPrincipal,
  report: QueueHealthReport,
  flash?: ConsoleFlash,
  mailbox?: MailboxState,
): SafeHtml {
  const { outbox } = report;
  const body = html`<p>${say('queues.asOf', { time: timeInWords(report.at) })}</p>
    ${
      report.redis === 'unreachable' &&
      html`<div class="warning">
        <h2>${say('queues.redisDownHeading')}</h2>
        <p>${say('queues.redisDown')}</p>
      </div>`
    }
    <h2>${say('queues.outboxHeading')}</h2>
    <dl class="summary-list">
      <dt>${say('queues.unrelayed')}</dt>
      <dd>${outbox.unrelayed}</dd>
      <dt>${say('queues.oldestWaiting')}</dt>
      <dd>${ageInWords(outbox.oldestUnrelayedMs)}</dd>
      <dt>${say('queues.retrying')}</dt>
      <dd>${outbox.retrying}</dd>
    </dl>
    ${mailbox && mailboxSection(mailbox)}
    ${report.queues.map((queue) => queueSection(staff, queue))}`;
  return renderConsolePage({
    title: say('queues.title'),
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
    <h2 id="${headingId}">${queueInWords(queue.name)}</h2>
    <div class="table-wrap">
      <table>
        <caption class="visually-hidden">
          ${say('queues.countsCaption', { queue: queue.name })}
        </caption>
        <thead>
          <tr>
            ${COUNT_COLUMNS.map((column) => html`<th scope="col">${say(`queues.column.${column}`)}</th>`)}
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
        ? html`<p>${say('queues.noFailed')}</p>`
        : html`<h3>${say('queues.failedHeading')}</h3>
            <form
              method="post"
              action="/console/admin/queues/${queue.name}/retry-failed"
              class="actions"
            >
              ${csrfField(staff)}
              <button type="submit" class="button">
                ${say('queues.retryAll', { count: counts.failed })}<span class="visually-hidden">
                  ${say('queues.retryAllOf', { queue: queue.name })}</span
                >
              </button>
            </form>
            <div class="table-wrap">
              <table>
                <caption class="visually-hidden">
                  ${say('queues.failedCaption', { queue: queue.name })}
                </caption>
                <thead>
                  <tr>
                    ${FAILED_COLUMNS.map((column) => html`<th scope="col">${say(`queues.column.${column}`)}</th>`)}
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
                        <td>${job.error || say('admin.none')}</td>
                        <td>
                          ${say('queues.tries', { made: job.attemptsMade, allowed: job.attemptsAllowed })}
                        </td>
                        <td>${timeInWords(job.failedAt)}</td>
                        <td>
                          <form
                            method="post"
                            action="/console/admin/queues/${queue.name}/jobs/${encodeURIComponent(job.id)}/retry"
                            class="inline-form"
                          >
                            ${csrfField(staff)}
                            <button type="submit" class="button button--secondary">
                              ${say('queues.retry')}<span class="visually-hidden">
                                ${say('queues.retryJob', { id: job.id })}</span
                              >
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

/** Whether the support mailbox is read, when it last was, and why the last try failed. */
function mailboxSection(mailbox: MailboxState): SafeHtml {
  const position = mailbox.position;
  const failure = position?.lastFailure;
  return html`<h2>${say('queues.mailboxHeading')}</h2>
    ${
      mailbox.configured
        ? html`<dl class="summary-list">
            <dt>${say('queues.mailboxLastRead')}</dt>
            <dd>
              ${position?.lastReadAt ? timeInWords(position.lastReadAt) : say('queues.mailboxNever')}
            </dd>
            <dt>${say('queues.mailboxFailure')}</dt>
            <dd>
              ${
                failure
                  ? say('queues.mailboxFailureWords', {
                      failure,
                      time: timeInWords(position?.lastFailureAt),
                    })
                  : say('queues.mailboxFailureNone')
              }
            </dd>
            <dt>${say('queues.mailboxDrafts')}</dt>
            <dd><a href="/console/mailbox">${mailbox.drafts}</a></dd>
            <dt>${say('queues.mailboxTroubles')}</dt>
            <dd>${say('queues.mailboxTroubleWords', mailbox.troubles)}</dd>
          </dl>`
        : html`<p>${say('queues.mailboxOff')}</p>`
    }`;
}
