import { askedCorrection } from './correction-preview.partial';
import { say } from '../../i18n/console-words';
import {
  AskedCorrection,
  RequestReview,
  describeDenialBasis,
  isDenialBasis,
} from '@rightsdesk/review';
import { SafeHtml, html } from '@rightsdesk/html';
import {
  CHANNEL_LABELS,
  MANNER_LABELS,
  REGIME_LABELS,
  STATUS_LABELS,
  STEP_STATE_LABELS,
  TYPE_LABELS,
  dateIn,
  acknowledgement,
  codeInWords,
  deadlineInWords,
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
  return html`<h2 id="overview">${say('request.overview.heading')}</h2>
    ${summary([
      [say('request.overview.type'), TYPE_LABELS[request.type]],
      [say('request.overview.status'), STATUS_LABELS[request.status]],
      [say('request.overview.regime'), REGIME_LABELS[request.regime]],
      [say('request.overview.manner'), MANNER_LABELS[request.manner]],
      [say('request.overview.channel'), CHANNEL_LABELS[request.answerChannel]],
      [
        say('request.overview.language'),
        say(request.language === 'es' ? 'language.es' : 'language.en'),
      ],
      [say('request.overview.received'), dateTimeIn(request.receivedAt, timeZone)],
      [
        say('request.overview.assignee'),
        request.assignee?.name ?? say('request.overview.unassigned'),
      ],
      [
        say('request.overview.appealOf'),
        request.appealOf &&
          html`<a href="/console/requests/${request.appealOf}"
            >${say('request.overview.appealedRequest')}</a
          >`,
      ],
      [
        say('request.overview.duplicateOf'),
        request.duplicateOf &&
          html`<a href="/console/requests/${request.duplicateOf}"
            >${say('request.overview.earlierRequest')}</a
          >`,
      ],
      [
        say('request.overview.denial'),
        request.denial &&
          (request.denial.reason
            ? say('request.overview.denialWithReason', {
                basis: denialLabel(request.denial.basis),
                reason: request.denial.reason,
              })
            : denialLabel(request.denial.basis)),
      ],
      [
        say('request.overview.failure'),
        request.failure &&
          say(
            request.failure.source ? 'request.overview.failureOn' : 'request.overview.failureAt',
            {
              ...request.failure,
            },
          ),
      ],
      [
        say('request.overview.completed'),
        request.completedAt && dateTimeIn(request.completedAt, timeZone),
      ],
    ])}`;
}

export function deadlineSection(view: RequestReview, timeZone: string): SafeHtml {
  const { deadline } = view;
  return html`<h2 id="deadline">${say('request.deadline.heading')}</h2>
    ${summary([
      [
        say('request.deadline.due'),
        deadlineInWords(
          deadline.kind,
          deadline.dueOn,
          deadline.dueAt,
          deadline.explanation,
          timeZone,
        ),
      ],
      [say('request.deadline.timeLeft'), timeLeftCell(deadline.timeLeft, deadline.urgency)],
      [say('request.deadline.acknowledgeBy'), acknowledgement(deadline, timeZone)],
      [say('request.deadline.appeal'), view.appeal && appealDeadline(view.appeal, timeZone)],
      [
        say('request.deadline.extended'),
        deadline.extension &&
          say('request.deadline.extendedFrom', {
            date: dateIn(deadline.extension.originalDueAt, timeZone),
            reason: deadline.extension.reason ?? '',
          }),
      ],
    ])}`;
}

/** The person's appeal of this request: which one, when it came, and its own clock and rule. */
function appealDeadline(appeal: NonNullable<RequestReview['appeal']>, timeZone: string): SafeHtml {
  return html`<a href="/console/requests/${appeal.id}">${appeal.reference}</a>,
    ${say('request.deadline.appealReceived', {
      date: dateIn(appeal.receivedAt, timeZone),
      status: STATUS_LABELS[appeal.status],
    })}<br />
    ${deadlineInWords('appeal', appeal.dueOn, appeal.dueAt, appeal.rule, timeZone)}`;
}

export function personSection(view: RequestReview): SafeHtml {
  const { subject, request } = view;
  const address = subject.postalAddress;
  const agent = request.details.agent as
    { name?: string; email?: string; powerOfAttorney?: boolean } | null | undefined;
  return html`<h2 id="person">${say('request.person.heading')}</h2>
    ${summary([
      [say('request.person.email'), subject.email],
      [say('request.person.name'), subject.name],
      [say('request.person.phone'), subject.phone],
      [
        say('request.person.postalAddress'),
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
        say('request.person.agent'),
        agent &&
          say(
            agent.powerOfAttorney
              ? 'request.person.agentWithPowerOfAttorney'
              : 'request.person.agentWho',
            { name: agent.name ?? '', email: agent.email ?? '' },
          ),
      ],
    ])}
    ${askedFor(request.details, view.askedCorrections ?? [])}`;
}

function askedFor(
  details: Record<string, unknown>,
  corrections: readonly AskedCorrection[],
): SafeHtml {
  const rows: Row[] = [];
  if (typeof details.scope === 'string')
    rows.push([
      say('request.askedFor.scope'),
      say(
        details.scope === 'categories'
          ? 'request.askedFor.scope.categories'
          : 'request.askedFor.scope.copy',
      ),
    ]);
  if (corrections.length > 0) {
    rows.push([say('request.askedFor.corrections'), corrections.map(askedCorrection).join('. ')]);
  }
  if (details.purposes)
    rows.push([
      say('request.askedFor.consents'),
      details.purposes === 'all'
        ? say('request.askedFor.allConsents')
        : (details.purposes as string[]).join(', '),
    ]);
  if (typeof details.reason === 'string')
    rows.push([say('request.askedFor.reason'), details.reason]);
  return rows.length
    ? html`<h3>${say('request.askedFor.heading')}</h3>
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
    return html`<h2 id="verification">${say('request.verification.heading')}</h2>
      <p>${say('request.verification.notYet')}</p>`;
  const points = Object.entries(record.dataPoints ?? {});
  // A person without email proves they hold the code we posted: the same degree, by letter.
  const byPost = view.subject.email === null;
  const tier = (code: string | undefined) =>
    byPost && code === 'email_code'
      ? say('request.verification.tier.posted_code')
      : codeInWords('tier', code);
  return html`<h2 id="verification">${say('request.verification.heading')}</h2>
    ${summary([
      [say('request.verification.outcome'), codeInWords('outcomeWord', record.outcome)],
      [say('request.verification.required'), tier(record.required)],
      [say('request.verification.reached'), tier(record.reached)],
      [say('request.verification.score'), record.score],
      [
        say(
          byPost
            ? 'request.verification.postedCodeConfirmed'
            : 'request.verification.emailConfirmed',
        ),
        yesNo(record.emailConfirmedAt),
      ],
      [say('request.verification.signedDeclaration'), yesNo(record.signedDeclaration)],
    ])}
    ${
      points.length > 0 &&
      html`<table>
        <caption>
          ${say('request.verification.pointsCaption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${say('request.verification.point')}</th>
            <th scope="col">${say('request.verification.result')}</th>
          </tr>
        </thead>
        <tbody>
          ${points.map(
            ([point, result]) =>
              html`<tr>
                <td>${codeInWords('pointName', point)}</td>
                <td>${codeInWords('pointResult', result)}</td>
              </tr>`,
          )}
        </tbody>
      </table>`
    }`;
}

export function foundSection(view: RequestReview): SafeHtml {
  if (view.found.length === 0) {
    return html`<h2 id="found">${say('request.found.heading')}</h2>
      <p>${say('request.found.nothingYet')}</p>`;
  }
  const live = view.found.some((entry) => entry.action === 'lookup');
  return html`<h2 id="found">${say('request.found.heading')}</h2>
    ${live && html`<p>${say('request.found.lookedUp')}</p>`}
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">${say('request.found.source')}</th>
            <th scope="col">${say('request.found.step')}</th>
            <th scope="col">${say('request.found.status')}</th>
            <th scope="col">${say('request.found.rows')}</th>
            <th scope="col">${say('request.found.largest')}</th>
          </tr>
        </thead>
        <tbody>
          ${view.found.map(
            (entry) =>
              html`<tr>
                <td>${entry.source}</td>
                <td>${entry.action.replace(/_/g, ' ')}</td>
                <td>
                  ${stepStateInWords(entry.status)}${entry.attempts > 1 && ` ${say('request.found.tries', { attempts: entry.attempts })}`}${entry.error && html`<br />${entry.error}`}${entry.waiting?.kind === 'staff' && html`<br />${waitingForStaff(entry.waiting.instructions)}`}
                </td>
                <td>${entry.rows ?? '–'}</td>
                <td>
                  ${
                    entry.preview.length
                      ? html`<ul>
                          ${entry.preview.map((item) => html`<li>${say('request.found.dataset', { ...item })}</li>`)}
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

function yesNo(value: unknown): string {
  return say(value ? 'request.verification.yes' : 'request.verification.no');
}

function waitingForStaff(instructions: string | null | undefined): string {
  return instructions
    ? say('request.found.waitingForStaffWith', { instructions })
    : say('request.found.waitingForStaff');
}

/** A basis in words: an officer's with its rule, the system's by what happened, older free text as written. */
function denialLabel(basis: string): string {
  if (isDenialBasis(basis)) return describeDenialBasis(basis);
  if (basis === 'unverifiable') return say('request.overview.denialUnverifiable');
  if (basis === 'appeal_refused') return say('request.overview.denialAppealRefused');
  return basis;
}

/** A fulfilment step's state in words; a source not searched yet already says so in words. */
function stepStateInWords(state: string): string {
  return STEP_STATE_LABELS[state] ?? state;
}
