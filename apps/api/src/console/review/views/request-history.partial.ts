import { RequestReview } from '@rightsdesk/review';
import { SafeHtml, html } from '@rightsdesk/html';
import { timelineActionInWords } from './timeline-action-words';
import { dateTimeIn } from './review-words';

export function correspondenceSection(view: RequestReview, timeZone: string): SafeHtml {
  return html`<h2 id="correspondence">Correspondence</h2>
    ${
      view.correspondence.length === 0
        ? html`<p>Nothing sent yet.</p>`
        : html`<div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Written</th>
                  <th scope="col">Notice</th>
                  <th scope="col">By</th>
                  <th scope="col">Subject</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                ${view.correspondence.map(
                  (message) =>
                    html`<tr>
                      <td>${dateTimeIn(message.createdAt, timeZone)}</td>
                      <td>${message.kind.replace(/_/g, ' ')}</td>
                      <td>${message.channel === 'postal' ? 'post' : 'email'}</td>
                      <td>${message.subject}</td>
                      <td>
                        ${message.status}${message.sentAt ? ` ${dateTimeIn(message.sentAt, timeZone)}` : ''}${message.error && html`<br />${message.error}`}
                      </td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
    }`;
}

export function notesSection(view: RequestReview, timeZone: string): SafeHtml {
  return html`<h2 id="notes">Internal notes</h2>
    ${
      view.notes.length === 0
        ? html`<p>No notes.</p>`
        : html`<ul>
            ${view.notes.map(
              (note) =>
                html`<li>
                  <p>${note.body}</p>
                  <p class="hint">
                    ${actorName(view, note.author)}, ${dateTimeIn(note.createdAt, timeZone)}
                  </p>
                </li>`,
            )}
          </ul>`
    }`;
}

export function timelineSection(view: RequestReview, timeZone: string): SafeHtml {
  return html`<h2 id="timeline">Timeline</h2>
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Status</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          ${view.timeline.map(
            (event) =>
              html`<tr>
                <td>${dateTimeIn(event.at, timeZone)}</td>
                <td>${actorName(view, event.actor)}</td>
                <td>${timelineActionInWords(event.action)}</td>
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
  return view.actorNames[actor] ?? actor;
}

/** A listed basis in words with its rule; a basis set by the system (e.g. unverifiable) as stored. */
