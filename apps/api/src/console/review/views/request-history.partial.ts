import { say } from '../../i18n/console-words';
import { RequestReview } from '@rightsdesk/review';
import { SafeHtml, html } from '@rightsdesk/html';
import { auditActionInWords, auditActorInWords } from '@rightsdesk/requests';
import { CORRESPONDENCE_STATE_LABELS, dateTimeIn } from './review-words';

export function correspondenceSection(view: RequestReview, timeZone: string): SafeHtml {
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
          ${view.timeline.map(
            (event) =>
              html`<tr>
                <td>${dateTimeIn(event.at, timeZone)}</td>
                <td>${actorName(view, event.actor)}</td>
                <td>${auditActionInWords(event.action)}</td>
                <td>
                  ${event.fromStatus && event.toStatus && event.fromStatus !== event.toStatus ? `${event.fromStatus} → ${event.toStatus}` : (event.toStatus ?? '')}
                </td>
                <td>${event.reason ?? ''}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}

function actorName(view: RequestReview, actor: string): string {
  return auditActorInWords(actor, view.actorNames);
}
