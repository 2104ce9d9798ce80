import { StaffPrincipal, StaffRole, STAFF_ROLE_LABELS } from '@rightsdesk/staff';
import { SafeHtml, html, raw } from '@rightsdesk/html';
import { say, sayHtml } from '../i18n/console-words';
import { CONSOLE_CSS } from './console.styles';

export { html, SafeHtml };

export interface ConsoleFlash {
  kind: 'success' | 'error';
  text: string;
}

export interface ConsolePageInput {
  /** The page's h1 text; also the start of the document title. */
  title: string;
  staff: StaffPrincipal;
  /** The page's content, already escaped (build it with `html`). */
  body: SafeHtml;
  flash?: ConsoleFlash;
  /** The path of this page, to mark its navigation link `aria-current` (optional). */
  current?: string;
  /** Prefixes the title with "Error:" so the problem is announced first (WCAG 3.3.1). */
  hasErrors?: boolean;
}

export const PRODUCT_NAME = say('layout.productName');

interface NavLink {
  href: string;
  label: string;
  /** The roles shown this link; every role when absent. */
  roles?: readonly StaffRole[];
}

const MAIN_NAV: readonly NavLink[] = [
  { href: '/console/requests', label: say('nav.queue') },
  // Roles that enter requests (the page refuses auditors on the server as well).
  { href: '/console/intake', label: say('nav.intake'), roles: ['admin', 'privacy_officer'] },
  {
    href: '/console/mailbox',
    label: say('nav.supportMailbox'),
    roles: ['admin', 'privacy_officer'],
  },
  { href: '/console/letters', label: say('nav.printQueue') },
  { href: '/console/reports', label: say('nav.reports') },
];

/** Administration: admins only (the pages refuse everyone else on the server as well). */
export const ADMIN_NAV: readonly NavLink[] = [
  { href: '/console/admin/users', label: say('nav.users') },
  { href: '/console/admin/api-keys', label: say('nav.apiKeys') },
  { href: '/console/admin/data-map', label: say('nav.dataMap') },
  { href: '/console/admin/policy', label: say('nav.policy') },
  { href: '/console/admin/queue-health', label: say('nav.queueHealth') },
];

/** The hidden form field every console form carries (checked by @StaffPage on POST). */
export function csrfField(staff: Pick<StaffPrincipal, 'csrfToken'>): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${staff.csrfToken}" />`;
}

function navLinks(links: readonly NavLink[], current: string | undefined): SafeHtml[] {
  return links.map((link) => {
    const here =
      current !== undefined && (current === link.href || current.startsWith(`${link.href}/`));
    return html`<li>
      <a href="${link.href}" ${here && html` aria-current="page"`}>${link.label}</a>
    </li>`;
  });
}

/**
 * How many support messages wait for triage, counted by the page guard for the roles that
 * triage them (see StaffPageGuard), so every page's navigation shows it.
 */
export const SUPPORT_MAILBOX_WAITING = Symbol('supportMailboxWaiting');

/** The staff member, with what waits for them when the guard counted it. */
export type ConsoleStaff = StaffPrincipal & { [SUPPORT_MAILBOX_WAITING]?: number };

function withCounts(links: readonly NavLink[], staff: ConsoleStaff): NavLink[] {
  const waiting = staff[SUPPORT_MAILBOX_WAITING];
  return links.map((link) =>
    link.href === '/console/mailbox' && waiting
      ? { ...link, label: say('nav.supportMailboxWaiting', { count: waiting }) }
      : link,
  );
}

/** "Needs you": counts of what waits for this member, each a link to the queue filtered so. */
function workWaiting(staff: StaffPrincipal): SafeHtml {
  const { waiting } = staff;
  if (!waiting) return html``;
  // Admins also answer for unassigned requests, so their links are not narrowed to their own.
  const mine = staff.role === 'admin' ? '' : '&assignee=me';
  const links: NavLink[] = [
    {
      href: '/console/requests?assignee=me',
      label: say('nav.waiting.assigned', { count: waiting.assigned }),
    },
    {
      href: `/console/requests?dueWithinDays=${waiting.dueSoonDays}${mine}`,
      label: say('nav.waiting.dueSoon', { count: waiting.dueSoon, days: waiting.dueSoonDays }),
    },
    {
      href: `/console/requests?status=failed${mine}`,
      label: say('nav.waiting.failed', { count: waiting.failed }),
    },
  ];
  return html`<li class="nav-group">${say('nav.waiting')}:</li>
    ${navLinks(links, undefined)}`;
}

function consoleNavigation(staff: ConsoleStaff, current: string | undefined): SafeHtml {
  const admin =
    staff.role === 'admin'
      ? html`<li class="nav-group">
            <a href="/console/admin">${say('layout.administration')}</a>:
          </li>
          ${navLinks(ADMIN_NAV, current)}`
      : html``;
  return html`<nav class="console-nav" aria-label="${say('layout.navLabel')}">
    <div class="container">
      <ul>
        ${navLinks(
          withCounts(
            MAIN_NAV.filter((link) => !link.roles || link.roles.includes(staff.role)),
            staff,
          ),
          current,
        )}
        ${workWaiting(staff)} ${admin}
        ${navLinks([{ href: '/console/account', label: say('nav.account') }], current)}
      </ul>
    </div>
  </nav>`;
}

function flashMessage(flash: ConsoleFlash | undefined): SafeHtml {
  if (!flash) return html``;
  // A status message is announced without moving focus (WCAG 4.1.3); an error is an alert.
  return flash.kind === 'error'
    ? html`<div class="flash flash--error" role="alert"><p>${flash.text}</p></div>`
    : html`<div class="flash" role="status"><p>${flash.text}</p></div>`;
}

const siteName = say('layout.siteName', { product: PRODUCT_NAME });

/** "Queue – Rightsdesk console"; "Error: " first when the page shows problems (WCAG 3.3.1). */
function documentTitle(title: string, hasErrors: boolean | undefined): string {
  const values = { title, product: PRODUCT_NAME };
  return hasErrors ? say('layout.errorTitle', values) : say('layout.title', values);
}

function documentShell(title: string, header: SafeHtml, nav: SafeHtml, main: SafeHtml): SafeHtml {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <meta name="robots" content="noindex, nofollow" />
        <title>${title}</title>
        ${
          // raw: CONSOLE_CSS is a constant written here (no one's input), and it stays one raw
          // string because the CSP allows this style by the hash of its exact text.
          raw(`<style>${CONSOLE_CSS}</style>`)
        }
      </head>
      <body>
        <a class="skip-link" href="#main">${say('layout.skipLink')}</a>
        ${header} ${nav}
        <main id="main" tabindex="-1">
          <div class="container">${main}</div>
        </main>
      </body>
    </html> `;
}

/**
 * A console page: who is signed in and their role, a sign-out button, the navigation their
 * role may use, and the page in a main landmark. No script; styles by CSP hash.
 */
export function renderConsolePage(input: ConsolePageInput): SafeHtml {
  const { staff } = input;
  const title = documentTitle(input.title, input.hasErrors);
  const header = html`<header class="site-header console-header">
    <div class="container">
      <a class="site-name" href="/console">${siteName}</a>
      <div class="signed-in">
        ${sayHtml('layout.signedInAs', {
          name: html`<strong>${staff.name}</strong>`,
          role: STAFF_ROLE_LABELS[staff.role],
        })}
        <form method="post" action="/console/sign-out">
          ${csrfField(staff)}
          <button type="submit" class="link-button">${say('layout.signOut')}</button>
        </form>
      </div>
    </div>
  </header>`;
  const main = html`${flashMessage(input.flash)}
    <h1>${input.title}</h1>
    ${input.body}`;
  return documentShell(title, header, consoleNavigation(staff, input.current), main);
}

/** Pages before sign-in (sign-in, second step, password links, errors): no navigation. */
export function renderSignedOutPage(input: {
  title: string;
  body: SafeHtml;
  flash?: ConsoleFlash;
  hasErrors?: boolean;
}): SafeHtml {
  const title = documentTitle(input.title, input.hasErrors);
  const header = html`<header class="site-header console-header">
    <div class="container">
      <a class="site-name" href="/console/sign-in">${siteName}</a>
    </div>
  </header>`;
  const main = html`${flashMessage(input.flash)}
    <h1>${input.title}</h1>
    ${input.body}`;
  return documentShell(title, header, html``, main);
}
