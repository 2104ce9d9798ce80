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
import { isConsoleKey, say } from '../i18n/console-words';
import { dateInWords } from '@rightsdesk/messages';

export interface PrintQueuePageInput {
  staff: StaffPrincipal;
  queued: readonly QueuedLetterView[];
  batches: readonly LetterBatch[];
  mailed: readonly QueuedLetterView[];
  returned: readonly QueuedLetterView[];
  /** Today in the company's time zone: the mailed date a clerk most often records. */
  today: string;
  /** The company's zone, whose calendar days the page's dates are. */
  timeZone: string;
  flash?: ConsoleFlash;
  /** A refused form: what was wrong and what was entered, by field name. */
  refused?: { errors: ConsoleFieldError[]; values: Record<string, string> };
}

/** A letter's kind in words (the code, spaced, if the catalogue lacks it). */
function kindInWords(kind: string): string {
  const key = `printQueue.kind.${kind}`;
  return isConsoleKey(key) ? say(key) : kind.replace(/_/g, ' ');
}

/** A letter's language by name ("Spanish"), the code if the catalogue lacks it. */
function languageInWords(language: string): string {
  const key = `language.${language}`;
  return isConsoleKey(key) ? say(key) : language;
}

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
      <h2 id="queued-heading">
        ${say('printQueue.queuedHeading', { count: String(input.queued.length) })}
      </h2>
      ${
        input.queued.length === 0
          ? html`<p>${say('printQueue.noneQueued')}</p>`
          : html`${letterTable(say('printQueue.queuedCaption'), input.queued, say('printQueue.queued'), input.timeZone)}
            ${
              canAct &&
              html`<form method="post" action="/console/letters/batches">
                ${csrf}
                <button type="submit" class="button">
                  ${say('printQueue.batchAll', { count: String(input.queued.length) })}
                </button>
              </form>`
            }`
      }
    </section>
    <section aria-labelledby="batches-heading">
      <h2 id="batches-heading">${say('printQueue.batchesHeading')}</h2>
      ${
        input.batches.length === 0
          ? html`<p>${say('printQueue.noBatches')}</p>`
          : html`<div class="table-wrap">
              <table>
                <caption class="visually-hidden">
                  ${say('printQueue.batchesHeading')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${say('printQueue.batch')}</th>
                    <th scope="col">${say('printQueue.letters')}</th>
                    <th scope="col">${say('printQueue.created')}</th>
                    <th scope="col">${say('printQueue.status')}</th>
                    ${canAct && html`<th scope="col">${say('printQueue.printAndMail')}</th>`}
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
      <h2 id="mailed-heading">${say('printQueue.mailedHeading')}</h2>
      <p>${say('printQueue.mailedIntro')}</p>
      ${
        input.mailed.length === 0
          ? html`<p>${say('printQueue.noneMailed')}</p>`
          : letterTable(
              say('printQueue.mailedHeading'),
              input.mailed,
              say('printQueue.queued'),
              input.timeZone,
              (letter) => (canAct ? returnedForm(letter, input, csrf) : html``),
            )
      }
    </section>
    <section aria-labelledby="returned-heading">
      <h2 id="returned-heading">${say('printQueue.returnedHeading')}</h2>
      ${
        input.returned.length === 0
          ? html`<p>${say('printQueue.noneReturned')}</p>`
          : letterTable(
              say('printQueue.returnedCaption'),
              input.returned,
              say('printQueue.queued'),
              input.timeZone,
            )
      }
    </section>`;
  return renderConsolePage({
    title: say('printQueue.title'),
    staff: input.staff,
    body,
    flash: input.flash,
  });
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
    <td>${dateInWords(batch.createdAt, 'en', input.timeZone)}</td>
    <td>
      ${batch.status === 'mailed' ? say('printQueue.mailedOn', { date: batch.mailedOn ? dateInWords(batch.mailedOn, 'en') : '' }) : say('printQueue.toPrint')}
    </td>
    ${
      canAct &&
      html`<td>
        <form method="get" action="/console/letters/batches/${batch.id}/pdf" class="inline-form">
          <div class="choice">
            <input type="checkbox" id="cover-${batch.id}" name="cover" value="true" checked />
            <label for="cover-${batch.id}">${say('printQueue.coverSheet')}</label>
          </div>
          <button type="submit" class="button button--secondary">
            ${say('printQueue.downloadPdf')}<span class="visually-hidden">
              ${say('printQueue.ofBatch', { batch: short })}</span
            >
          </button>
        </form>
        ${
          batch.status === 'open' &&
          html`<form method="post" action="/console/letters/batches/${batch.id}/mailed">
            ${csrf}
            ${consoleTextField({
              name: field,
              label: say('printQueue.mailedOnLabel', { batch: short }),
              type: 'date',
              value: input.refused?.values[field] ?? input.today,
              error: errorFor(input.refused?.errors ?? [], field),
              width: 'short',
            })}
            <button type="submit" class="button">
              ${say('printQueue.recordMailed')}<span class="visually-hidden">
                ${say('printQueue.batchNamed', { batch: short })}</span
              >
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
      label: say('printQueue.returnedReason', { reference: letter.reference }),
      value: input.refused?.values[field] ?? '',
      hint: say('printQueue.returnedReasonHint'),
      error: errorFor(input.refused?.errors ?? [], field),
      maxlength: 500,
    })}
    <button type="submit" class="button button--secondary">
      ${say('printQueue.recordReturned')}<span class="visually-hidden"> ${letter.reference}</span>
    </button>
  </form>`;
}

function letterTable(
  caption: string,
  letters: readonly QueuedLetterView[],
  when: string,
  timeZone: string,
  action?: (letter: QueuedLetterView) => SafeHtml,
): SafeHtml {
  return html`<div class="table-wrap">
    <table>
      <caption class="visually-hidden">
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${say('printQueue.request')}</th>
          <th scope="col">${say('printQueue.letter')}</th>
          <th scope="col">${say('printQueue.language')}</th>
          <th scope="col">${say('printQueue.pages')}</th>
          <th scope="col">${when}</th>
          ${action && html`<th scope="col">${say('printQueue.action')}</th>`}
        </tr>
      </thead>
      <tbody>
        ${letters.map(
          (letter) =>
            html`<tr>
              <td><a href="/console/requests/${letter.requestId}">${letter.reference}</a></td>
              <td>${kindInWords(letter.kind)}</td>
              <td>${languageInWords(letter.language)}</td>
              <td>${letter.pages}</td>
              <td>${dateInWords(letter.createdAt, 'en', timeZone)}</td>
              ${action && html`<td>${action(letter)}</td>`}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
