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

const when = (at: Date | null) =>
  at ? `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC` : 'never';

function statusOf(member: Pick<StaffListEntry, 'active' | 'hasPassword'>): string {
  if (!member.active) return 'Deactivated';
  return member.hasPassword ? 'Active' : 'Invited (no password yet)';
}

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
    <label for="${id}">Role</label>
    <p class="hint" id="${id}-hint">
      Admin: everything, including staff and keys. Privacy officer: works the queue. Auditor: reads
      everything, changes nothing.
    </p>
    ${
      error &&
      html`<p class="error-message" id="${id}-error">
        <span class="visually-hidden">Error:</span> ${error}
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
        <td>${member.secondFactor ? 'On' : 'Off'}</td>
        <td>${when(member.lastSignInAt)}</td>
        <td>${member.openSessions}</td>
      </tr>`,
  );
  const body = html`<p class="actions">
      <a class="button" href="/console/admin/users/new">Invite a staff member</a>
    </p>
    <div class="table-wrap">
      <table>
        <caption class="visually-hidden">
          Staff members
        </caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Two-step sign-in</th>
            <th scope="col">Last sign-in</th>
            <th scope="col">Open sessions</th>
          </tr>
        </thead>
        <tbody>
          ${rows}
        </tbody>
      </table>
    </div>`;
  return renderConsolePage({
    title: 'Staff users',
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
    <p>
      The new member gets an email with a link to set their own password (it works once, for 72
      hours). Nobody else ever sees their password.
    </p>
    <form method="post" action="/console/admin/users" novalidate>
      ${csrfField(input.staff)}
      ${consoleTextField({
        name: 'name',
        label: 'Full name',
        value: values.name,
        error: errorFor(errors, 'name'),
        required: true,
        autocomplete: 'off',
        maxlength: 100,
      })}
      ${consoleTextField({
        name: 'email',
        label: 'Work email address',
        type: 'email',
        value: values.email,
        error: errorFor(errors, 'email'),
        required: true,
        autocomplete: 'off',
        maxlength: 254,
      })}
      ${roleSelect('role', values.role ?? 'privacy_officer', errorFor(errors, 'role'))}
      <button type="submit" class="button">Send invitation</button>
    </form>
    <p><a href="/console/admin/users">Back to staff users</a></p>`;
  return renderConsolePage({
    title: 'Invite a staff member',
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
      <h2>Pass this link on yourself</h2>
      <p>
        ${input.mailProblem} Give this link to ${input.member.name} (${input.member.email}) in a way
        only they can read. It works once, for 72 hours, and is not shown again.
      </p>
    </div>
    <code class="secret">${input.url}</code>
    <p><a href="/console/admin/users/${input.member.id}">Go to ${input.member.name}</a></p>`;
  return renderConsolePage({
    title: 'Invitation link',
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
      <dt>Email</dt>
      <dd>${member.email}</dd>
      <dt>Role</dt>
      <dd>${STAFF_ROLE_LABELS[member.role]}</dd>
      <dt>Status</dt>
      <dd>${statusOf(member)}</dd>
      <dt>Two-step sign-in</dt>
      <dd>${member.secondFactor ? 'On' : 'Off'}</dd>
      <dt>Last sign-in</dt>
      <dd>${when(member.lastSignInAt)}</dd>
      <dt>Open sessions</dt>
      <dd>${member.openSessions}</dd>
      <dt>Added</dt>
      <dd>${when(member.createdAt)}</dd>
    </dl>
    ${
      member.active
        ? html`<h2>Role</h2>
            <form method="post" action="/console/admin/users/${member.id}/role" novalidate>
              ${csrf} ${roleSelect('role', member.role, errorFor(errors, 'role'))}
              <button type="submit" class="button">Change role</button>
            </form>
            <h2>Access</h2>
            <div class="actions">
              ${action('sessions/end', 'End all their sessions')}
              ${action('invitation', member.hasPassword ? 'Send a password reset link' : 'Send a new invitation link')}
              ${member.secondFactor ? action('two-step/remove', 'Remove their authenticator') : html``}
              ${member.isYou ? html`` : action('deactivate', 'Deactivate')}
            </div>`
        : html`<h2>Access</h2>
            <p>Deactivated members cannot sign in. Their actions stay in the audit trail.</p>
            <div class="actions">${action('reactivate', 'Reactivate', false)}</div>`
    }
    <p><a href="/console/admin/users">Back to staff users</a></p>`;
  return renderConsolePage({
    title: member.name,
    staff: input.staff,
    body,
    flash: input.flash,
    current: '/console/admin/users',
    hasErrors: errors.length > 0,
  });
}
