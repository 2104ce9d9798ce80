import { say } from '../../i18n/console-words';
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
import { dateInWords } from '@rightsdesk/messages';
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

/** The result table's columns after the selection box, in order. */
const COLUMNS = [
  'reference',
  'type',
  'status',
  'regime',
  'person',
  'received',
  'due',
  'timeLeft',
  'assignee',
] as const;

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
    <h2 id="results-title">${say('queue.resultsHeading')}</h2>
    ${
      page.rows.length === 0
        ? html`<p>${say('queue.noMatch')}</p>`
        : input.canAct
          ? bulkForm(input)
          : resultsTable(page.rows, input.timeZone, false)
    }
    ${pagination(input.query, filter, page)}`;
  return renderConsolePage({
    title: say('queue.title'),
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
    <h2 id="filter-problems">${say('queue.filterProblemsHeading')}</h2>
    <ul>
      ${errors.map((error) => html`<li><a href="#${consoleFieldId(`filter-${error.field}`)}">${say('queue.filterProblem', error)}</a></li>`)}
    </ul>
    <p>${say('queue.filterProblemsDefault')}</p>
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
  return html`<h2 id="counts-title">${say('queue.countsHeading')}</h2>
    <ul class="summary-list" aria-labelledby="counts-title">
      ${items}
    </ul>`;
}

function filterForm(input: QueuePageInput): SafeHtml {
  const { filter } = input;
  const staffChoices: Array<readonly [string, string]> = [
    ['me', say('queue.filter.assignedToMe')],
    ['none', say('queue.filter.unassigned')],
    ...input.assignable.map((member) => [member.id, member.name] as const),
  ];
  return html`<form method="get" action="/console/requests" aria-labelledby="filter-title">
    <h2 id="filter-title">${say('queue.filterHeading')}</h2>
    <input type="hidden" name="applied" value="1" />
    <div class="field">
      <label for="${consoleFieldId('filter-q')}">${say('queue.filter.q')}</label>
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
      label: say('queue.filter.state'),
      choices: (['open', 'closed', 'all'] as const).map(
        (state) => [state, say(`queue.filter.state.${state}`)] as const,
      ),
      selected: filter.state,
    })}
    ${selectField({ name: 'status', idPrefix: 'filter-', label: say('queue.filter.status'), empty: say('queue.filter.anyStatus'), choices: choices(REQUEST_STATUSES, STATUS_LABELS), selected: filter.status[0] })}
    ${selectField({ name: 'type', idPrefix: 'filter-', label: say('queue.filter.type'), empty: say('queue.filter.anyType'), choices: choices(REQUEST_TYPES, TYPE_LABELS), selected: filter.type[0] })}
    ${selectField({ name: 'regime', idPrefix: 'filter-', label: say('queue.filter.regime'), empty: say('queue.filter.anyRegime'), choices: choices(REGIMES, REGIME_LABELS), selected: filter.regime[0] })}
    ${selectField({ name: 'manner', idPrefix: 'filter-', label: say('queue.filter.manner'), empty: say('queue.filter.anyManner'), choices: choices(MANNERS, MANNER_LABELS), selected: filter.manner[0] })}
    ${selectField({ name: 'channel', idPrefix: 'filter-', label: say('queue.filter.channel'), empty: say('queue.filter.anyChannel'), choices: choices(ANSWER_CHANNELS, CHANNEL_LABELS), selected: filter.channel[0] })}
    ${selectField({ name: 'assignee', idPrefix: 'filter-', label: say('queue.filter.assignee'), empty: say('queue.filter.anyAssignee'), choices: staffChoices, selected: filter.assignee })}
    <div class="field">
      <label for="${consoleFieldId('filter-dueWithinDays')}"
        >${say('queue.filter.dueWithinDays')}</label
      >
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
      <label for="${consoleFieldId('filter-overdue')}">${say('queue.filter.overdue')}</label>
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
        >${say('queue.filter.hideUnverified')}</label
      >
    </div>
    ${selectField({
      name: 'sort',
      idPrefix: 'filter-',
      label: say('queue.filter.sort'),
      choices: (['due', 'received'] as const).map(
        (sort) => [sort, say(`queue.filter.sort.${sort}`)] as const,
      ),
      selected: filter.sort,
    })}
    <div class="actions">
      <button type="submit" class="button">${say('queue.filter.apply')}</button>
      <a href="/console/requests">${say('queue.filter.clear')}</a>
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
      <legend>${say('queue.bulk.legend')}</legend>
      ${selectField({ name: 'assigneeId', idPrefix: 'bulk-', label: say('queue.bulk.assignTo'), empty: say('queue.bulk.nobody'), choices: staffChoices })}
      <div class="actions">
        <button type="submit" name="action" value="assign" class="button button--secondary">
          ${say('queue.bulk.assign')}
        </button>
        <button type="submit" name="action" value="approve" class="button">
          ${say('queue.bulk.approve')}
        </button>
      </div>
    </fieldset>
  </form>`;
}

function resultsTable(rows: QueueRow[], timeZone: string, selectable: boolean): SafeHtml {
  return html`<div class="table-wrap">
    <table aria-labelledby="results-title">
      <thead>
        <tr>
          ${selectable && html`<th scope="col"><span class="visually-hidden">${say('queue.column.select')}</span></th>`}
          ${COLUMNS.map((column) => html`<th scope="col">${say(`queue.column.${column}`)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map((row) => {
          const checkbox = consoleFieldId(`select-${row.id}`);
          return html`<tr>
            ${selectable && html`<td><input type="checkbox" id="${checkbox}" name="ids" value="${row.id}" /><label for="${checkbox}" class="visually-hidden">${say('queue.selectRow', { reference: row.reference })}</label></td>`}
            <td><a href="/console/requests/${row.id}">${row.reference}</a></td>
            <td>${TYPE_LABELS[row.type]}</td>
            <td>${STATUS_LABELS[row.status]}</td>
            <td>${REGIME_LABELS[row.regime]}</td>
            <td>
              ${row.subject.name ?? ''} ${row.subject.name ? html`<br />` : ''}${row.subject.email}
            </td>
            <td>${dateIn(row.receivedAt, timeZone)}</td>
            <td>
              ${row.dueOn ? dateInWords(row.dueOn, 'en') : dateIn(row.dueAt, timeZone)}${row.extended && html` ${say('queue.extended')}`}
            </td>
            <td>${timeLeftCell(row.timeLeft, row.urgency)}</td>
            <td>${row.assignee?.name ?? say('queue.unassigned')}</td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}

function pagination(query: string, filter: QueueFilter, page: QueuePage): SafeHtml {
  const join = query ? '&' : '?';
  const links = [
    filter.cursor &&
      html`<li><a href="/console/requests${query}">${say('queue.firstPage')}</a></li>`,
    page.nextCursor &&
      html`<li>
        <a
          href="/console/requests${query}${join}cursor=${encodeURIComponent(page.nextCursor)}"
          rel="next"
          >${say('queue.nextPage')}</a
        >
      </li>`,
  ].filter(Boolean);
  if (links.length === 0) return html``;
  return html`<nav aria-label="${say('queue.pagesLabel')}">
    <ul class="actions">
      ${links}
    </ul>
  </nav>`;
}
