import { QueuedLetterView } from '@rightsdesk/notices';
import { LetterBatch } from '@rightsdesk/persistence';
import { StaffPrincipal } from '@rightsdesk/staff';
import { SafeHtml, html } from '@rightsdesk/html';
import {
  ConsoleFieldError,
  consoleErrorSummary,
  consoleTextField,
  errorFor,
} from '../views/console-forms';
import { ConsoleFlash, csrfField, renderConsolePage } from '../views/console-layout';

export interface PrintQueuePageInput {
  staff: StaffPrincipal;
  queued: readonly QueuedLetterView[];
  batches: readonly LetterBatch[];
  mailed: readonly QueuedLetterView[];
  returned: readonly QueuedLetterView[];
  /** Today in the company's time zone: the mailed date a clerk most often records. */
  today: string;
  flash?: ConsoleFlash;
  /** A refused form: what was wrong and what was entered, by field name. */
  refused?: { errors: ConsoleFieldError[]; values: Record<string, string> };
}

const KIND_WORDS: Record<string, string> = {
  request_received: 'Receipt',
  verification_failed: 'Verification failed',
  information_needed: 'Information needed',
  request_extended: 'Extension',
  request_completed: 'Completed',
  access_completed: 'Access completed',
  request_denied: 'Denied',
  request_expired: 'Expired',
  appeal_received: 'Appeal received',
  appeal_decided: 'Appeal decided',
  package_ready: 'Package ready',
};
const kindInWords = (kind: string) => KIND_WORDS[kind] ?? kind.replace(/_/g, ' ');
const day = (at: Date | string) => new Date(at).toISOString().slice(0, 10);

/**
 * The print queue for staff: letters waiting, batches to print as one PDF and record as mailed,
 * and mailed letters the post may bring back. Auditors see it all and change nothing.
 */
export function printQueuePage(input: PrintQueuePageInput): SafeHtml {
  const canAct = input.staff.role !== 'auditor';
  const csrf = csrfField(input.staff);
  const refused = input.refused;
  const body = html`${consoleErrorSummary(refused?.errors ?? [])}
    <section aria-labelledby="queued-heading">
      <h2 id="queued-heading">Waiting to be printed (${input.queued.length})</h2>
      ${
        input.queued.length === 0
          ? html`<p>No letters are waiting.</p>`
          : html`${letterTable('Letters waiting to be printed', input.queued, 'Queued')}
            ${
              canAct &&
              html`<form method="post" action="/console/letters/batches">
                ${csrf}
                <button type="submit" class="button">
                  Put all ${input.queued.length} in a print batch
                </button>
              </form>`
            }`
      }
    </section>
    <section aria-labelledby="batches-heading">
      <h2 id="batches-heading">Print batches</h2>
      ${
        input.batches.length === 0
          ? html`<p>No batches yet.</p>`
          : html`<div class="table-wrap">
              <table>
                <caption class="visually-hidden">
                  Print batches
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Batch</th>
                    <th scope="col">Letters</th>
                    <th scope="col">Created</th>
                    <th scope="col">Status</th>
                    ${canAct && html`<th scope="col">Print and mail</th>`}
                  </tr>
                </thead>
                <tbody>
                  ${input.batches.map((batch) => batchRow(batch, input, canAct, csrf))}
                </tbody>
              </table>
            </div>`
      }
    </section>
    <section aria-labelledby="mailed-heading">
      <h2 id="mailed-heading">Mailed letters</h2>
      <p>When the post brings a letter back, record it here: the request is flagged for staff.</p>
      ${
        input.mailed.length === 0
          ? html`<p>No mailed letters.</p>`
          : letterTable('Mailed letters', input.mailed, 'Queued', (letter) =>
              canAct ? returnedForm(letter, input, csrf) : html``,
            )
      }
    </section>
    <section aria-labelledby="returned-heading">
      <h2 id="returned-heading">Returned undelivered</h2>
      ${
        input.returned.length === 0
          ? html`<p>No letters have come back.</p>`
          : letterTable('Letters returned undelivered', input.returned, 'Queued')
      }
    </section>`;
  return renderConsolePage({ title: 'Print queue', staff: input.staff, body, flash: input.flash });
}

function batchRow(
  batch: LetterBatch,
  input: PrintQueuePageInput,
  canAct: boolean,
  csrf: SafeHtml,
): SafeHtml {
  const short = batch.id.slice(0, 8);
  const field = `mailedOn-${batch.id}`;
  return html`<tr>
    <td><code>${short}</code></td>
    <td>${batch.letterCount}</td>
    <td>${day(batch.createdAt)}</td>
    <td>${batch.status === 'mailed' ? html`Mailed ${batch.mailedOn ?? ''}` : html`To print`}</td>
    ${
      canAct &&
      html`<td>
        <form method="get" action="/console/letters/batches/${batch.id}/pdf" class="inline-form">
          <div class="choice">
            <input type="checkbox" id="cover-${batch.id}" name="cover" value="true" checked />
            <label for="cover-${batch.id}">With a cover sheet</label>
          </div>
          <button type="submit" class="button button--secondary">
            Download PDF<span class="visually-hidden"> of batch ${short}</span>
          </button>
        </form>
        ${
          batch.status === 'open' &&
          html`<form method="post" action="/console/letters/batches/${batch.id}/mailed">
            ${csrf}
            ${consoleTextField({
              name: field,
              label: `Mailed on (batch ${short})`,
              type: 'date',
              value: input.refused?.values[field] ?? input.today,
              error: errorFor(input.refused?.errors ?? [], field),
              width: 'short',
            })}
            <button type="submit" class="button">
              Record as mailed<span class="visually-hidden"> batch ${short}</span>
            </button>
          </form>`
        }
      </td>`
    }
  </tr>`;
}

function returnedForm(
  letter: QueuedLetterView,
  input: PrintQueuePageInput,
  csrf: SafeHtml,
): SafeHtml {
  const field = `reason-${letter.id}`;
  return html`<form method="post" action="/console/letters/${letter.id}/returned">
    ${csrf}
    ${consoleTextField({
      name: field,
      label: `Why it came back (${letter.reference})`,
      value: input.refused?.values[field] ?? '',
      hint: 'As the post marked it, e.g. “Addressee unknown”.',
      error: errorFor(input.refused?.errors ?? [], field),
      maxlength: 500,
    })}
    <button type="submit" class="button button--secondary">
      Record returned<span class="visually-hidden"> ${letter.reference}</span>
    </button>
  </form>`;
}

function letterTable(
  caption: string,
  letters: readonly QueuedLetterView[],
  when: string,
  action?: (letter: QueuedLetterView) => SafeHtml,
): SafeHtml {
  return html`<div class="table-wrap">
    <table>
      <caption class="visually-hidden">
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">Request</th>
          <th scope="col">Letter</th>
          <th scope="col">Language</th>
          <th scope="col">Pages</th>
          <th scope="col">${when}</th>
          ${action && html`<th scope="col">Action</th>`}
        </tr>
      </thead>
      <tbody>
        ${letters.map(
          (letter) =>
            html`<tr>
              <td><a href="/console/requests/${letter.requestId}">${letter.reference}</a></td>
              <td>${kindInWords(letter.kind)}</td>
              <td>${letter.language}</td>
              <td>${letter.pages}</td>
              <td>${day(letter.createdAt)}</td>
              ${action && html`<td>${action(letter)}</td>`}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
