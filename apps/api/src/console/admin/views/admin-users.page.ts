import { say } from '../../i18n/console-words';
import { timeOrNever } from './admin-words';
import {
  STAFF_ROLES,
  STAFF_ROLE_LABELS,
  StaffListEntry,
  StaffPrincipal,
  StaffRole,
} from '@rightsdesk/staff';
import { SafeHtml, html } from '@rightsdesk/html';
import { ConsoleFlash, csrfField, renderConsolePage } from '../../views/console-layout';
import {
  ConsoleFieldError,
  consoleErrorSummary,
  consoleFieldId,
  consoleTextField,
  errorFor,
} from '../../views/console-forms';

const when = timeOrNever;

function statusOf(member: Pick<StaffListEntry, 'active' | 'hasPassword'>): string {
  if (!member.active) return say('users.status.deactivated');
  return say(member.hasPassword ? 'users.status.active' : 'users.status.invited');
}

const onOff = (on: boolean) => say(on ? 'users.on' : 'users.off');

/** The staff list's columns, in order. */
const LIST_COLUMNS = [
  'name',
  'email',
  'role',
  'status',
  'secondFactor',
  'lastSignIn',
  'openSessions',
] as const;

export function roleSelect(
  name: string,
  selected: StaffRole | undefined,
  error?: string,
): SafeHtml {
  const id = consoleFieldId(name);
  const options = STAFF_ROLES.map(
    (role) =>
      html`<option value="${role}" ${role === selected && html` selected`}>
        ${STAFF_ROLE_LABELS[role]}
      </option>`,
  );
  return html`<div class="field${error ? ' field--error' : ''}">
    <label for="${id}">${say('users.role')}</label>
    <p class="hint" id="${id}-hint">${say('users.roleHint')}</p>
    ${
      error &&
      html`<p class="error-message" id="${id}-error">
        <span class="visually-hidden">${say('form.errorPrefix')}</span> ${error}
      </p>`
    }
    <select
      id="${id}"
      name="${name}"
      class="select"
      aria-describedby="${id}-hint${error ? ` ${id}-error` : ''}"
      ${error && html`aria-invalid="true"`}
    >
      ${options}
    </select>
  </div>`;
}

export function staffListPage(input: {
  staff: StaffPrincipal;
  members: readonly StaffListEntry[];
  flash?: ConsoleFlash;
}): SafeHtml {
  const rows = input.members.map(
    (member) =>
      html`<tr>
        <td><a href="/console/admin/users/${member.id}">${member.name}</a></td>
        <td>${member.email}</td>
        <td>${STAFF_ROLE_LABELS[member.role]}</td>
        <td>${statusOf(member)}</td>
        <td>${onOff(member.secondFactor)}</td>
        <td>${when(member.lastSignInAt)}</td>
        <td>${member.openSessions}</td>
      </tr>`,
  );
  const body = html`<p class="actions">
      <a class="button" href="/console/admin/users/new">${say('users.invite')}</a>
    </p>
    <div class="table-wrap">
      <table>
        <caption class="visually-hidden">
          ${say('users.caption')}
        </caption>
        <thead>
          <tr>
            ${LIST_COLUMNS.map((column) => html`<th scope="col">${say(`users.column.${column}`)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows}
        </tbody>
      </table>
    </div>`;
  return renderConsolePage({
    title: say('users.title'),
    staff: input.staff,
    body,
    flash: input.flash,
    current: '/console/admin/users',
  });
}

export function inviteStaffPage(input: {
  staff: StaffPrincipal;
  values?: { email?: string; name?: string; role?: StaffRole };
  errors?: ConsoleFieldError[];
}): SafeHtml {
  const errors = input.errors ?? [];
  const values = input.values ?? {};
  const body = html`${consoleErrorSummary(errors)}
    <p>${say('users.inviteIntro')}</p>
    <form method="post" action="/console/admin/users" novalidate>
      ${csrfField(input.staff)}
      ${consoleTextField({
        name: 'name',
        label: say('users.fullName'),
        value: values.name,
        error: errorFor(errors, 'name'),
        required: true,
        autocomplete: 'off',
        maxlength: 100,
      })}
      ${consoleTextField({
        name: 'email',
        label: say('users.workEmail'),
        type: 'email',
        value: values.email,
        error: errorFor(errors, 'email'),
        required: true,
        autocomplete: 'off',
        maxlength: 254,
      })}
      ${roleSelect('role', values.role ?? 'privacy_officer', errorFor(errors, 'role'))}
      <button type="submit" class="button">${say('users.sendInvitation')}</button>
    </form>
    <p><a href="/console/admin/users">${say('users.back')}</a></p>`;
  return renderConsolePage({
    title: say('users.inviteTitle'),
    staff: input.staff,
    body,
    current: '/console/admin/users',
    hasErrors: errors.length > 0,
  });
}

/** Shown when mail is not configured: the admin passes the link on themselves, once. */
export function invitationLinkPage(input: {
  staff: StaffPrincipal;
  member: { id: string; name: string; email: string };
  url: string;
  mailProblem: string;
}): SafeHtml {
  const body = html`<div class="warning" role="alert">
      <h2>${say('users.linkHeading')}</h2>
      <p>
        ${say('users.linkBody', {
          mailProblem: input.mailProblem,
          name: input.member.name,
          email: input.member.email,
        })}
      </p>
    </div>
    <code class="secret">${input.url}</code>
    <p>
      <a href="/console/admin/users/${input.member.id}"
        >${say('users.goTo', { name: input.member.name })}</a
      >
    </p>`;
  return renderConsolePage({
    title: say('users.linkTitle'),
    staff: input.staff,
    body,
    current: '/console/admin/users',
  });
}

export interface StaffMemberView extends StaffListEntry {
  isYou: boolean;
}

export function staffMemberPage(input: {
  staff: StaffPrincipal;
  member: StaffMemberView;
  flash?: ConsoleFlash;
  errors?: ConsoleFieldError[];
}): SafeHtml {
  const { member } = input;
  const csrf = csrfField(input.staff);
  const errors = input.errors ?? [];
  const action = (path: string, label: string, secondary = true) =>
    html`<form method="post" action="/console/admin/users/${member.id}/${path}" class="inline-form">
      ${csrf}
      <button type="submit" class="button${secondary ? ' button--secondary' : ''}">${label}</button>
    </form>`;
  const body = html`${consoleErrorSummary(errors)}
    <dl class="summary-list">
      <dt>${say('users.column.email')}</dt>
      <dd>${member.email}</dd>
      <dt>${say('users.column.role')}</dt>
      <dd>${STAFF_ROLE_LABELS[member.role]}</dd>
      <dt>${say('users.column.status')}</dt>
      <dd>${statusOf(member)}</dd>
      <dt>${say('users.column.secondFactor')}</dt>
      <dd>${onOff(member.secondFactor)}</dd>
      <dt>${say('users.column.lastSignIn')}</dt>
      <dd>${when(member.lastSignInAt)}</dd>
      <dt>${say('users.column.openSessions')}</dt>
      <dd>${member.openSessions}</dd>
      <dt>${say('users.column.added')}</dt>
      <dd>${when(member.createdAt)}</dd>
    </dl>
    ${
      member.active
        ? html`<h2>${say('users.roleHeading')}</h2>
            <form method="post" action="/console/admin/users/${member.id}/role" novalidate>
              ${csrf} ${roleSelect('role', member.role, errorFor(errors, 'role'))}
              <button type="submit" class="button">${say('users.changeRole')}</button>
            </form>
            <h2>${say('users.accessHeading')}</h2>
            <div class="actions">
              ${action('sessions/end', say('users.endSessions'))}
              ${action('invitation', say(member.hasPassword ? 'users.sendReset' : 'users.sendInvitationAgain'))}
              ${member.secondFactor ? action('two-step/remove', say('users.removeAuthenticator')) : html``}
              ${member.isYou ? html`` : action('deactivate', say('users.deactivate'))}
            </div>`
        : html`<h2>${say('users.accessHeading')}</h2>
            <p>${say('users.deactivated')}</p>
            <div class="actions">${action('reactivate', say('users.reactivate'), false)}</div>`
    }
    <p><a href="/console/admin/users">${say('users.back')}</a></p>`;
  return renderConsolePage({
    title: member.name,
    staff: input.staff,
    body,
    flash: input.flash,
    current: '/console/admin/users',
    hasErrors: errors.length > 0,
  });
}
