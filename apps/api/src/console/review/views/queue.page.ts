import {
  ANSWER_CHANNELS,
  MANNERS,
  REGIMES,
  REQUEST_STATUSES,
  REQUEST_TYPES,
} from '@rightsdesk/domain';
import { AssignableStaff, QueueFilter, QueuePage, QueueRow } from '@rightsdesk/review';
import { StaffPrincipal } from '@rightsdesk/staff';
import { consoleFieldId } from '../../views/console-forms';
import { ConsoleFlash, csrfField, renderConsolePage } from '../../views/console-layout';
import { SafeHtml, html } from '@rightsdesk/html';
import {
  CHANNEL_LABELS,
  MANNER_LABELS,
  REGIME_LABELS,
  STATUS_LABELS,
  TYPE_LABELS,
  dateIn,
  timeLeftCell,
} from './review-words';
import { selectField } from './review-fields';

export interface QueuePageInput {
  staff: StaffPrincipal;
  filter: QueueFilter;
  page: QueuePage;
  /** The filter as a query string without the cursor, e.g. "?type=delete". */
  query: string;
  assignable: AssignableStaff[];
  timeZone: string;
  canAct: boolean;
  flash?: ConsoleFlash;
  /** Problems with the filter: shown above the form, the queue then shows its default view. */
  filterErrors?: Array<{ field: string; message: string }>;
}

const choices = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => [value, labels[value]] as const);

/**
 * The review queue (issue 6 item 3): counts per status, a filter form that submits by GET (so a
 * view can be bookmarked and no script is needed), the table with time left in words and marks,
 * keyset pages, and one form around the table for bulk assign and approve.
 */
export function queuePage(input: QueuePageInput): SafeHtml {
  const { filter, page } = input;
  const body = html`${filterProblems(input.filterErrors ?? [])} ${statusCounts(page)}
    ${filterForm(input)}
    <h2 id="results-title">Requests</h2>
    ${
      page.rows.length === 0
        ? html`<p>No request matches these filters.</p>`
        : input.canAct
          ? bulkForm(input)
          : resultsTable(page.rows, input.timeZone, false)
    }
    ${pagination(input.query, filter, page)}`;
  return renderConsolePage({
    title: 'Review queue',
    staff: input.staff,
    body,
    flash: input.flash,
    current: '/console/requests',
    hasErrors: (input.filterErrors ?? []).length > 0,
  });
}

function filterProblems(errors: Array<{ field: string; message: string }>): SafeHtml {
  if (errors.length === 0) return html``;
  return html`<div
    class="error-summary"
    role="alert"
    aria-labelledby="filter-problems"
    tabindex="-1"
    autofocus
  >
    <h2 id="filter-problems">The filter could not be used</h2>
    <ul>
      ${errors.map((error) => html`<li><a href="#${consoleFieldId(`filter-${error.field}`)}">${error.field}: ${error.message}</a></li>`)}
    </ul>
    <p>The queue below shows the default view instead.</p>
  </div>`;
}

function statusCounts(page: QueuePage): SafeHtml {
  const items = REQUEST_STATUSES.filter((status) => page.countsByStatus[status] !== undefined).map(
    (status) =>
      html`<li>
        <a href="/console/requests?status=${status}">${STATUS_LABELS[status]}</a>:
        <strong>${page.countsByStatus[status]}</strong>
      </li>`,
  );
  return html`<h2 id="counts-title">Requests per status</h2>
    <ul class="summary-list" aria-labelledby="counts-title">
      ${items}
    </ul>`;
}

function filterForm(input: QueuePageInput): SafeHtml {
  const { filter } = input;
  const staffChoices: Array<readonly [string, string]> = [
    ['me', 'Assigned to me'],
    ['none', 'Unassigned'],
    ...input.assignable.map((member) => [member.id, member.name] as const),
  ];
  return html`<form method="get" action="/console/requests" aria-labelledby="filter-title">
    <h2 id="filter-title">Filter</h2>
    <input type="hidden" name="applied" value="1" />
    <div class="field">
      <label for="${consoleFieldId('filter-q')}">Reference or email address</label>
      <input
        id="${consoleFieldId('filter-q')}"
        name="q"
        type="search"
        class="input input--medium"
        value="${filter.q ?? ''}"
        spellcheck="false"
      />
    </div>
    ${selectField({
      name: 'state',
      idPrefix: 'filter-',
      label: 'Open or closed',
      choices: [
        ['open', 'Open'],
        ['closed', 'Closed'],
        ['all', 'All'],
      ],
      selected: filter.state,
    })}
    ${selectField({ name: 'status', idPrefix: 'filter-', label: 'Status', empty: 'Any status', choices: choices(REQUEST_STATUSES, STATUS_LABELS), selected: filter.status[0] })}
    ${selectField({ name: 'type', idPrefix: 'filter-', label: 'Type', empty: 'Any type', choices: choices(REQUEST_TYPES, TYPE_LABELS), selected: filter.type[0] })}
    ${selectField({ name: 'regime', idPrefix: 'filter-', label: 'Law', empty: 'Any law', choices: choices(REGIMES, REGIME_LABELS), selected: filter.regime[0] })}
    ${selectField({ name: 'manner', idPrefix: 'filter-', label: 'Received by', empty: 'Any way', choices: choices(MANNERS, MANNER_LABELS), selected: filter.manner[0] })}
    ${selectField({ name: 'channel', idPrefix: 'filter-', label: 'Answer by', empty: 'Email or post', choices: choices(ANSWER_CHANNELS, CHANNEL_LABELS), selected: filter.channel[0] })}
    ${selectField({ name: 'assignee', idPrefix: 'filter-', label: 'Assignee', empty: 'Anyone', choices: staffChoices, selected: filter.assignee })}
    <div class="field">
      <label for="${consoleFieldId('filter-dueWithinDays')}">Due within (days)</label>
      <input
        id="${consoleFieldId('filter-dueWithinDays')}"
        name="dueWithinDays"
        type="text"
        inputmode="numeric"
        class="input input--short"
        value="${filter.dueWithinDays === undefined ? '' : String(filter.dueWithinDays)}"
      />
    </div>
    <div class="choice">
      <input
        id="${consoleFieldId('filter-overdue')}"
        name="overdue"
        type="checkbox"
        value="true"
        ${filter.overdue === true && html`checked`}
      />
      <label for="${consoleFieldId('filter-overdue')}">Only overdue requests</label>
    </div>
    <div class="choice">
      <input
        id="${consoleFieldId('filter-hideUnverified')}"
        name="hideUnverified"
        type="checkbox"
        value="true"
        ${filter.hideUnverified && html`checked`}
      />
      <label for="${consoleFieldId('filter-hideUnverified')}"
        >Hide requests whose person is not verified yet</label
      >
    </div>
    ${selectField({
      name: 'sort',
      idPrefix: 'filter-',
      label: 'Order',
      choices: [
        ['due', 'Soonest due first'],
        ['received', 'Newest first'],
      ],
      selected: filter.sort,
    })}
    <div class="actions">
      <button type="submit" class="button">Apply filters</button>
      <a href="/console/requests">Clear filters</a>
    </div>
  </form>`;
}

function bulkForm(input: QueuePageInput): SafeHtml {
  const staffChoices = input.assignable.map((member) => [member.id, member.name] as const);
  return html`<form method="post" action="/console/requests/bulk">
    ${csrfField(input.staff)}
    <input type="hidden" name="returnTo" value="${input.query}" />
    ${resultsTable(input.page.rows, input.timeZone, true)}
    <fieldset>
      <legend>With the selected requests</legend>
      ${selectField({ name: 'assigneeId', idPrefix: 'bulk-', label: 'Assign to', empty: 'Nobody (unassign)', choices: staffChoices })}
      <div class="actions">
        <button type="submit" name="action" value="assign" class="button button--secondary">
          Assign selected
        </button>
        <button type="submit" name="action" value="approve" class="button">Approve selected</button>
      </div>
    </fieldset>
  </form>`;
}

function resultsTable(rows: QueueRow[], timeZone: string, selectable: boolean): SafeHtml {
  return html`<div class="table-wrap">
    <table aria-labelledby="results-title">
      <thead>
        <tr>
          ${selectable && html`<th scope="col"><span class="visually-hidden">Select</span></th>`}
          <th scope="col">Reference</th>
          <th scope="col">Type</th>
          <th scope="col">Status</th>
          <th scope="col">Law</th>
          <th scope="col">Person</th>
          <th scope="col">Received</th>
          <th scope="col">Due</th>
          <th scope="col">Time left</th>
          <th scope="col">Assignee</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map((row) => {
          const checkbox = consoleFieldId(`select-${row.id}`);
          return html`<tr>
            ${selectable && html`<td><input type="checkbox" id="${checkbox}" name="ids" value="${row.id}" /><label for="${checkbox}" class="visually-hidden">Select ${row.reference}</label></td>`}
            <td><a href="/console/requests/${row.id}">${row.reference}</a></td>
            <td>${TYPE_LABELS[row.type]}</td>
            <td>${STATUS_LABELS[row.status]}</td>
            <td>${REGIME_LABELS[row.regime]}</td>
            <td>
              ${row.subject.name ?? ''} ${row.subject.name ? html`<br />` : ''}${row.subject.email}
            </td>
            <td>${dateIn(row.receivedAt, timeZone)}</td>
            <td>${row.dueOn ?? dateIn(row.dueAt, timeZone)}${row.extended && html` (extended)`}</td>
            <td>${timeLeftCell(row.timeLeft, row.urgency)}</td>
            <td>${row.assignee?.name ?? 'Unassigned'}</td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}

function pagination(query: string, filter: QueueFilter, page: QueuePage): SafeHtml {
  const join = query ? '&' : '?';
  const links = [
    filter.cursor && html`<li><a href="/console/requests${query}">First page</a></li>`,
    page.nextCursor &&
      html`<li>
        <a
          href="/console/requests${query}${join}cursor=${encodeURIComponent(page.nextCursor)}"
          rel="next"
          >Next page</a
        >
      </li>`,
  ].filter(Boolean);
  if (links.length === 0) return html``;
  return html`<nav aria-label="Pages">
    <ul class="actions">
      ${links}
    </ul>
  </nav>`;
}
