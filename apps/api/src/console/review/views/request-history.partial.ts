import { say } from '../../i18n/console-words';
import { RequestReview } from '@rightsdesk/review';
import { SafeHtml, html } from '@rightsdesk/html';
import { auditActionInWords, auditActorInWords } from '@rightsdesk/requests';
import type { MessageChannel } from '@rightsdesk/persistence';
import { StaffPrincipal } from '@rightsdesk/staff';
import { csrfField } from '../../views/console-layout';
import { CORRESPONDENCE_STATE_LABELS, dateTimeIn } from './review-words';

type Message = RequestReview['correspondence'][number];

/**
 * Beside an email that may have been sent: what happened in plain words, and the two ways to
 * settle it once the officer has asked the person (each a form with the session's form token).
 */
function settleUnconfirmed(
  view: RequestReview,
  message: Message,
  staff: StaffPrincipal,
  timeZone: string,
): SafeHtml {
  // Only staff who may act on requests get forms (the same staff who may add a note).
  if (message.status !== 'unconfirmed' || !view.actions.includes('note')) return html``;
  const base = `/console/requests/${view.request.id}/correspondence/${message.id}`;
  const label = say('request.correspondence.unconfirmed.label', {
    written: dateTimeIn(message.createdAt, timeZone),
  });
  return html`<p>${say('request.correspondence.unconfirmed.explanation')}</p>
    <form method="post" action="${base}/confirm-sent" aria-label="${label}">
      ${csrfField(staff)}
      <button type="submit" class="button">
        ${say('request.correspondence.unconfirmed.confirm')}
      </button>
    </form>
    <form method="post" action="${base}/resend" aria-label="${label}">
      ${csrfField(staff)}
      <button type="submit" class="button button--secondary">
        ${say('request.correspondence.unconfirmed.resend')}
      </button>
    </form>`;
}

export function correspondenceSection(
  view: RequestReview,
  staff: StaffPrincipal,
  timeZone: string,
): SafeHtml {
  return html`<h2 id="correspondence">${say('request.correspondence.heading')}</h2>
    ${
      view.correspondence.length === 0
        ? html`<p>${say('request.correspondence.none')}</p>`
        : html`<div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">${say('request.correspondence.written')}</th>
                  <th scope="col">${say('request.correspondence.notice')}</th>
                  <th scope="col">${say('request.correspondence.by')}</th>
                  <th scope="col">${say('request.correspondence.subject')}</th>
                  <th scope="col">${say('request.correspondence.status')}</th>
                </tr>
              </thead>
              <tbody>
                ${view.correspondence.map(
                  (message) =>
                    html`<tr>
                      <td>${dateTimeIn(message.createdAt, timeZone)}</td>
                      <td>${message.kind.replace(/_/g, ' ')}</td>
                      <td>
                        ${say(message.channel === 'postal' ? 'request.correspondence.byPost' : 'request.correspondence.byEmail')}
                      </td>
                      <td>${message.subject}</td>
                      <td>
                        ${CORRESPONDENCE_STATE_LABELS[message.status] ?? message.status}${message.sentAt ? ` ${dateTimeIn(message.sentAt, timeZone)}` : ''}${message.error && html`<br />${message.error}`}
                        ${settleUnconfirmed(view, message, staff, timeZone)}
                      </td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
    }`;
}

export function notesSection(view: RequestReview, timeZone: string): SafeHtml {
  return html`<h2 id="notes">${say('request.notes.heading')}</h2>
    ${
      view.notes.length === 0
        ? html`<p>${say('request.notes.none')}</p>`
        : html`<ul>
            ${view.notes.map(
              (note) =>
                html`<li>
                  <p>${note.body}</p>
                  <p class="hint">
                    ${say('request.notes.byline', {
                      author: actorName(view, note.author),
                      at: dateTimeIn(note.createdAt, timeZone),
                    })}
                  </p>
                </li>`,
            )}
          </ul>`
    }`;
}

type TimelineRow = {
  at: string;
  who: string;
  what: string;
  status: string;
  why: SafeHtml | string;
};

/** Audit rows and the correspondence with the person, oldest first, as one history. */
function timelineRows(view: RequestReview): TimelineRow[] {
  const events: TimelineRow[] = view.timeline.map((event) => ({
    at: event.at,
    who: actorName(view, event.actor),
    what: auditActionInWords(event.action),
    status:
      event.fromStatus && event.toStatus && event.fromStatus !== event.toStatus
        ? `${event.fromStatus} → ${event.toStatus}`
        : (event.toStatus ?? ''),
    why: event.reason ?? '',
  }));
  const messages: TimelineRow[] = view.messages.map((message) => ({
    at: message.receivedAt,
    who:
      message.direction === 'to_person'
        ? actorName(view, message.recordedBy)
        : say('request.timeline.person'),
    what: say(`request.timeline.message.${message.direction}`, {
      channel: say(`request.timeline.channel.${message.channel as MessageChannel}`),
    }),
    status: '',
    why: html`${message.body}${message.attachments.map(
      (file) =>
        html`<br /><a href="/console/intake/${view.request.id}/answer-files/${file.id}"
            >${file.fileName}</a
          >`,
    )}`,
  }));
  // A stable sort: an audit row and the message it recorded keep their order.
  return [...events, ...messages].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

export function timelineSection(view: RequestReview, timeZone: string): SafeHtml {
  return html`<h2 id="timeline">${say('request.timeline.heading')}</h2>
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">${say('request.timeline.when')}</th>
            <th scope="col">${say('request.timeline.who')}</th>
            <th scope="col">${say('request.timeline.what')}</th>
            <th scope="col">${say('request.timeline.status')}</th>
            <th scope="col">${say('request.timeline.why')}</th>
          </tr>
        </thead>
        <tbody>
          ${timelineRows(view).map(
            (row) =>
              html`<tr>
                <td>${dateTimeIn(row.at, timeZone)}</td>
                <td>${row.who}</td>
                <td>${row.what}</td>
                <td>${row.status}</td>
                <td>${row.why}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}

function actorName(view: RequestReview, actor: string): string {
  return auditActorInWords(actor, view.actorNames);
}
