import { STAFF_ROLE_LABELS, StaffPrincipal } from '@rightsdesk/staff';
import { SafeHtml, html } from '@rightsdesk/html';
import { ADMIN_NAV, ConsoleFlash, renderConsolePage } from './console-layout';

const ROLE_DUTIES = {
  admin: 'You manage staff, API keys and settings, and can do everything an officer does.',
  privacy_officer:
    'You work the queue: verify, approve, deny, extend, handle manual steps and send letters.',
  auditor:
    'You can read requests, letters, reports and the audit trail; you cannot change anything.',
} as const;

/** The console's first page: what the signed-in member's role lets them do, and where. */
export function consoleHomePage(staff: StaffPrincipal, flash?: ConsoleFlash): SafeHtml {
  const admin =
    staff.role === 'admin'
      ? html`<h2>Administration</h2>
          <ul>
            ${ADMIN_NAV.map((link) => html`<li><a href="${link.href}">${link.label}</a></li>`)}
          </ul>`
      : html``;
  const body = html`<p class="lead">
      Welcome, ${staff.name}. Your role is ${STAFF_ROLE_LABELS[staff.role]}.
      ${ROLE_DUTIES[staff.role]}
    </p>
    <h2>Work</h2>
    <ul>
      <li><a href="/console/requests">Queue</a>: every open request with the time left.</li>
      <li><a href="/console/letters">Print queue</a>: letters to print and mail.</li>
      <li><a href="/console/reports">Reports</a>: metrics, request log and audit trail.</li>
    </ul>
    ${admin}
    <h2>Your account</h2>
    <p>
      <a href="/console/account">Your account</a>: two-step sign-in, your sessions, signing out
      everywhere.
    </p>`;
  return renderConsolePage({ title: 'Console', staff, body, flash, current: '/console' });
}

/** Administration's index: the admin pages, one line each on what they are for. */
export function adminHomePage(staff: StaffPrincipal): SafeHtml {
  const purposes: Record<string, string> = {
    '/console/admin/users': 'who may sign in, with which role; invitations; deactivation',
    '/console/admin/api-keys': "keys for the company's other systems, with their scopes",
    '/console/admin/data-map': 'where personal data lives and what erasure does to it',
    '/console/admin/policy': 'approval by policy, deadlines and holidays',
    '/console/admin/queue-health': 'jobs waiting, failing or stuck',
  };
  const body = html`<ul>
    ${ADMIN_NAV.map(
      (link) =>
        html`<li><a href="${link.href}">${link.label}</a>: ${purposes[link.href] ?? ''}</li>`,
    )}
  </ul>`;
  return renderConsolePage({ title: 'Administration', staff, body, current: '/console/admin' });
}
