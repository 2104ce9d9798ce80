import { RequestReview, describeDenialBasis, isDenialBasis } from '@rightsdesk/review';
import { SafeHtml, html } from '@rightsdesk/html';
import {
  CHANNEL_LABELS,
  MANNER_LABELS,
  REGIME_LABELS,
  STATUS_LABELS,
  TYPE_LABELS,
  dateTimeIn,
  timeLeftCell,
} from './review-words';

type Row = readonly [string, SafeHtml | string | number | null | undefined];

function summary(rows: readonly Row[]): SafeHtml {
  return html`<dl class="summary-list">
    ${rows
      .filter(([, value]) => value !== null && value !== undefined && value !== '')
      .map(
        ([label, value]) =>
          html`<dt>${label}</dt>
            <dd>${value}</dd>`,
      )}
  </dl>`;
}

export function overviewSection(view: RequestReview, timeZone: string): SafeHtml {
  const { request } = view;
  return html`<h2 id="overview">Overview</h2>
    ${summary([
      ['Type', TYPE_LABELS[request.type]],
      ['Status', STATUS_LABELS[request.status]],
      ['Law', REGIME_LABELS[request.regime]],
      ['Received by', MANNER_LABELS[request.manner]],
      ['Answer by', CHANNEL_LABELS[request.answerChannel]],
      ['Language', request.language === 'es' ? 'Spanish' : 'English'],
      ['Received', dateTimeIn(request.receivedAt, timeZone)],
      ['Assignee', request.assignee?.name ?? 'Unassigned'],
      [
        'Appeal of',
        request.appealOf &&
          html`<a href="/console/requests/${request.appealOf}">the appealed request</a>`,
      ],
      [
        'Duplicate of',
        request.duplicateOf &&
          html`<a href="/console/requests/${request.duplicateOf}">the earlier request</a>`,
      ],
      [
        'Denial',
        request.denial &&
          `${denialLabel(request.denial.basis)}${request.denial.reason ? `: ${request.denial.reason}` : ''}`,
      ],
      [
        'Failure',
        request.failure &&
          `${request.failure.step}${request.failure.source ? ` on ${request.failure.source}` : ''}: ${request.failure.message}`,
      ],
      ['Completed', request.completedAt && dateTimeIn(request.completedAt, timeZone)],
    ])}`;
}

export function deadlineSection(view: RequestReview, timeZone: string): SafeHtml {
  const { deadline } = view;
  return html`<h2 id="deadline">Deadline</h2>
    ${summary([
      ['Due', deadline.dueOn ?? dateTimeIn(deadline.dueAt, timeZone)],
      ['Time left', timeLeftCell(deadline.timeLeft, deadline.urgency)],
      ['Why this date', deadline.explanation],
      ['Acknowledge by', deadline.acknowledgeExplanation],
      [
        'Extended',
        deadline.extension &&
          `from ${dateTimeIn(deadline.extension.originalDueAt, timeZone).slice(0, 10)}: ${deadline.extension.reason ?? ''}`,
      ],
    ])}`;
}

export function personSection(view: RequestReview): SafeHtml {
  const { subject, request } = view;
  const address = subject.postalAddress;
  const agent = request.details.agent as
    { name?: string; email?: string; powerOfAttorney?: boolean } | null | undefined;
  return html`<h2 id="person">The person</h2>
    ${summary([
      ['Email', subject.email],
      ['Name', subject.name],
      ['Phone', subject.phone],
      [
        'Postal address',
        address &&
          [
            address.line1,
            address.line2,
            `${address.postalCode} ${address.city}`,
            address.region,
            address.country,
          ]
            .filter(Boolean)
            .join(', '),
      ],
      [
        'Authorized agent',
        agent &&
          `${agent.name ?? ''} (${agent.email ?? ''})${agent.powerOfAttorney ? ', with a power of attorney' : ''}`,
      ],
    ])}
    ${askedFor(request.details)}`;
}

function askedFor(details: Record<string, unknown>): SafeHtml {
  const rows: Row[] = [];
  if (typeof details.scope === 'string')
    rows.push([
      'Scope',
      details.scope === 'categories' ? 'Categories of data' : 'A copy of the data',
    ]);
  if (Array.isArray(details.corrections)) {
    rows.push([
      'Corrections',
      (details.corrections as Array<{ field: string; value: string }>)
        .map((entry) => `${entry.field} → ${entry.value}`)
        .join('; '),
    ]);
  }
  if (details.purposes)
    rows.push([
      'Consents',
      details.purposes === 'all' ? 'All' : (details.purposes as string[]).join(', '),
    ]);
  if (typeof details.reason === 'string') rows.push(['Their reason', details.reason]);
  return rows.length
    ? html`<h3>What they asked for</h3>
        ${summary(rows)}`
    : html``;
}

export function verificationSection(view: RequestReview): SafeHtml {
  const record = (view.verification ?? {}) as {
    outcome?: string;
    required?: string;
    reached?: string;
    score?: number;
    dataPoints?: Record<string, string>;
    signedDeclaration?: boolean;
    emailConfirmedAt?: string;
  };
  if (!view.verification)
    return html`<h2 id="verification">Verification</h2>
      <p>Not verified yet.</p>`;
  const points = Object.entries(record.dataPoints ?? {});
  return html`<h2 id="verification">Verification</h2>
    ${summary([
      ['Outcome', record.outcome?.replace(/_/g, ' ')],
      ['Degree required', record.required?.replace(/_/g, ' ')],
      ['Degree reached', record.reached?.replace(/_/g, ' ')],
      ['Score (matched data points, with the email code)', record.score],
      ['Email code confirmed', record.emailConfirmedAt ? 'yes' : 'no'],
      ['Signed declaration', record.signedDeclaration ? 'yes' : 'no'],
    ])}
    ${
      points.length > 0 &&
      html`<table>
        <caption>
          Data points compared with our records
        </caption>
        <thead>
          <tr>
            <th scope="col">Data point</th>
            <th scope="col">Result</th>
          </tr>
        </thead>
        <tbody>
          ${points.map(
            ([point, result]) =>
              html`<tr>
                <td>${point.replace(/_/g, ' ')}</td>
                <td>${result}</td>
              </tr>`,
          )}
        </tbody>
      </table>`
    }`;
}

export function foundSection(view: RequestReview): SafeHtml {
  if (view.found.length === 0) {
    return html`<h2 id="found">What was found</h2>
      <p>Nothing to show: sources are searched once the request is approved.</p>`;
  }
  const live = view.found.some((entry) => entry.action === 'lookup');
  return html`<h2 id="found">What was found</h2>
    ${live && html`<p>Looked up in each source just now; nothing has been changed. Fulfilment searches again once the request is approved.</p>`}
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">Step</th>
            <th scope="col">Status</th>
            <th scope="col">Rows</th>
            <th scope="col">Largest datasets</th>
          </tr>
        </thead>
        <tbody>
          ${view.found.map(
            (entry) =>
              html`<tr>
                <td>${entry.source}</td>
                <td>${entry.action.replace(/_/g, ' ')}</td>
                <td>
                  ${entry.status}${entry.attempts > 1 ? ` (${entry.attempts} tries)` : ''}${entry.error && html`<br />${entry.error}`}${entry.waiting?.kind === 'staff' && html`<br />waiting for staff${entry.waiting.instructions ? `: ${entry.waiting.instructions}` : ''}`}
                </td>
                <td>${entry.rows ?? '–'}</td>
                <td>
                  ${
                    entry.preview.length
                      ? html`<ul>
                          ${entry.preview.map((item) => html`<li>${item.dataset}: ${item.rows}</li>`)}
                        </ul>`
                      : '–'
                  }
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}

function denialLabel(basis: string): string {
  return isDenialBasis(basis) ? describeDenialBasis(basis) : basis.replace(/_/g, ' ');
}
