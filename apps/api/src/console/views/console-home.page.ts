import { STAFF_ROLE_LABELS, StaffPrincipal } from '@rightsdesk/staff';
import { SafeHtml, html } from '@rightsdesk/html';
import { ConsoleKey, say, sayHtml } from '../i18n/console-words';
import { ADMIN_NAV, ConsoleFlash, renderConsolePage } from './console-layout';

/** What each Administration page is for, by its path. */
const ADMIN_PURPOSES: Record<string, ConsoleKey> = {
  '/console/admin/users': 'adminHome.purpose.users',
  '/console/admin/api-keys': 'adminHome.purpose.apiKeys',
  '/console/admin/data-map': 'adminHome.purpose.dataMap',
  '/console/admin/policy': 'adminHome.purpose.policy',
  '/console/admin/queue-health': 'adminHome.purpose.queueHealth',
};

const link = (href: string, key: ConsoleKey) => html`<a href="${href}">${say(key)}</a>`;

/** The console's first page: what the signed-in member's role lets them do, and where. */
export function consoleHomePage(staff: StaffPrincipal, flash?: ConsoleFlash): SafeHtml {
  const admin =
    staff.role === 'admin'
      ? html`<h2>${say('layout.administration')}</h2>
          <ul>
            ${ADMIN_NAV.map((entry) => html`<li><a href="${entry.href}">${entry.label}</a></li>`)}
          </ul>`
      : html``;
  const body = html`<p class="lead">
      ${say('home.welcome', { name: staff.name, role: STAFF_ROLE_LABELS[staff.role] })}
      ${say(`home.duties.${staff.role}`)}
    </p>
    <h2>${say('home.workHeading')}</h2>
    <ul>
      <li>${sayHtml('home.queue', { link: link('/console/requests', 'nav.queue') })}</li>
      <li>${sayHtml('home.printQueue', { link: link('/console/letters', 'nav.printQueue') })}</li>
      <li>${sayHtml('home.reports', { link: link('/console/reports', 'nav.reports') })}</li>
    </ul>
    ${admin}
    <h2>${say('home.accountHeading')}</h2>
    <p>${sayHtml('home.account', { link: link('/console/account', 'nav.account') })}</p>`;
  return renderConsolePage({ title: say('home.title'), staff, body, flash, current: '/console' });
}

/** Administration's index: the admin pages, one line each on what they are for. */
export function adminHomePage(staff: StaffPrincipal): SafeHtml {
  const body = html`<ul>
    ${ADMIN_NAV.map((entry) => {
      const purpose = ADMIN_PURPOSES[entry.href];
      return html`<li>
        ${sayHtml('adminHome.item', {
          link: html`<a href="${entry.href}">${entry.label}</a>`,
          purpose: purpose ? say(purpose) : '',
        })}
      </li>`;
    })}
  </ul>`;
  return renderConsolePage({
    title: say('adminHome.title'),
    staff,
    body,
    current: '/console/admin',
  });
}
