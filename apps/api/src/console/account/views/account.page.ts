import { say } from '../../i18n/console-words';
import { staffTime } from '../../i18n/staff-clock';
import {
  STAFF_NOTIFY_CHOICES,
  STAFF_ROLE_LABELS,
  StaffPrincipal,
  base32Encode,
} from '@rightsdesk/staff';
import { SafeHtml, html, raw } from '@rightsdesk/html';
import { ConsoleFlash, csrfField, renderConsolePage } from '../../views/console-layout';
import {
  ConsoleFieldError,
  consoleErrorSummary,
  consoleFieldId,
  consoleTextField,
  errorFor,
} from '../../views/console-forms';

export interface AccountSession {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
}

export interface AccountPageInput {
  staff: StaffPrincipal;
  secondFactor: { kind: 'off' } | { kind: 'pending' } | { kind: 'on'; since: Date };
  sessions: readonly AccountSession[];
  idleMinutes: number;
  absoluteHours: number;
  /** How the member hears of work that needs them. */
  notifyBy: 'immediate' | 'digest';
  flash?: ConsoleFlash;
  errors?: ConsoleFieldError[];
}

const when = (at: Date) => say('account.time', { time: staffTime(at) });

/** The session table's columns, in order (the last says which session is this browser's). */
const SESSION_COLUMNS = ['signedIn', 'lastUsed'] as const;

/** Your account: two-step sign-in, your open sessions, signing out everywhere. */
export function accountPage(input: AccountPageInput): SafeHtml {
  const { staff } = input;
  const errors = input.errors ?? [];
  const csrf = csrfField(staff);
  const secondFactor =
    input.secondFactor.kind === 'on'
      ? html`<p>${say('account.secondFactorOn', { since: when(input.secondFactor.since) })}</p>
          <form method="post" action="/console/account/two-step/disable" novalidate>
            ${csrf}
            ${consoleTextField({
              name: 'code',
              label: say('account.turnOffCode'),
              error: errorFor(errors, 'code'),
              autocomplete: 'one-time-code',
              inputmode: 'numeric',
              width: 'short',
              maxlength: 8,
            })}
            <button type="submit" class="button button--secondary">
              ${say('account.turnOff')}
            </button>
          </form>`
      : html`<p>${say('account.secondFactorOff')}</p>
          ${
            input.secondFactor.kind === 'pending'
              ? html`<p><a href="/console/account/two-step">${say('account.finishSetup')}</a></p>`
              : html``
          }
          <form method="post" action="/console/account/two-step/start">
            ${csrf}
            <button type="submit" class="button">${say('account.setUp')}</button>
          </form>`;
  const sessions = input.sessions.map(
    (session) =>
      html`<tr>
        <td>${when(session.createdAt)}</td>
        <td>${when(session.lastSeenAt)}</td>
        <td>${session.id === staff.sessionId ? say('account.thisBrowser') : ''}</td>
      </tr>`,
  );
  const body = html`${consoleErrorSummary(errors)}
    <dl class="summary-list">
      <dt>${say('account.name')}</dt>
      <dd>${staff.name}</dd>
      <dt>${say('account.email')}</dt>
      <dd>${staff.email}</dd>
      <dt>${say('account.role')}</dt>
      <dd>${STAFF_ROLE_LABELS[staff.role]}</dd>
    </dl>
    <h2>${say('account.secondFactorHeading')}</h2>
    ${secondFactor} ${notifyChoice(input)}
    <h2>${say('account.sessionsHeading')}</h2>
    <p>${say('account.sessionsIntro', { idleMinutes: input.idleMinutes })}</p>
    <div class="table-wrap">
      <table>
        <caption class="visually-hidden">
          ${say('account.sessionsCaption')}
        </caption>
        <thead>
          <tr>
            ${SESSION_COLUMNS.map((column) => html`<th scope="col">${say(`account.column.${column}`)}</th>`)}
            <th scope="col"><span class="visually-hidden">${say('account.column.which')}</span></th>
          </tr>
        </thead>
        <tbody>
          ${sessions}
        </tbody>
      </table>
    </div>
    <form method="post" action="/console/sign-out-everywhere">
      ${csrf}
      <button type="submit" class="button button--secondary">
        ${say('account.signOutEverywhere')}
      </button>
    </form>
    <p>${say('account.changePassword')}</p>`;
  return renderConsolePage({
    title: say('account.title'),
    staff,
    body,
    flash: input.flash,
    current: '/console/account',
    hasErrors: errors.length > 0,
  });
}

/** Immediate emails or a daily digest: a radio group and its own Save button. */
function notifyChoice(input: AccountPageInput): SafeHtml {
  const choices = STAFF_NOTIFY_CHOICES.map((choice) => {
    const id = consoleFieldId(`notify-by-${choice}`);
    const checked = input.notifyBy === choice ? html` checked` : html``;
    return html`<div class="choice">
      <input type="radio" id="${id}" name="notifyBy" value="${choice}" ${checked} />
      <label for="${id}">${say(`account.notify.${choice}`)}</label>
    </div>`;
  });
  return html`<h2>${say('account.notifyHeading')}</h2>
    <p>${say('account.notifyIntro')}</p>
    <form method="post" action="/console/account/notifications">
      ${csrfField(input.staff)}
      <fieldset>
        <legend>${say('account.notifyLegend')}</legend>
        ${choices}
      </fieldset>
      <button type="submit" class="button">${say('account.notifySave')}</button>
    </form>`;
}

/** Setting up the authenticator: the QR code, the secret to type instead, and the code check. */
export function twoStepSetupPage(input: {
  staff: StaffPrincipal;
  secret: Buffer;
  qrSvg: string;
  errors?: ConsoleFieldError[];
}): SafeHtml {
  const errors = input.errors ?? [];
  const grouped = base32Encode(input.secret)
    .replace(/(.{4})/g, '$1 ')
    .trim();
  const body = html`${consoleErrorSummary(errors)}
    <ol>
      <li>
        <p>${say('twoStep.scan')}</p>
        <div class="qr" role="img" aria-label="${say('twoStep.qrLabel')}">
          ${
            // raw: markup the qrcode library drew (rectangles and paths only; the otpauth URI
            // is encoded in the pattern, never written into the SVG as text).
            raw(input.qrSvg)
          }
        </div>
        <p>${say('twoStep.typeKey')}</p>
        <code class="secret" id="totp-secret">${grouped}</code>
      </li>
      <li>
        <p>${say('twoStep.enterCode')}</p>
        <form method="post" action="/console/account/two-step/confirm" novalidate>
          ${csrfField(input.staff)}
          ${consoleTextField({
            name: 'code',
            label: say('twoStep.code'),
            hint: say('twoStep.codeHint'),
            error: errorFor(errors, 'code'),
            required: true,
            autocomplete: 'one-time-code',
            inputmode: 'numeric',
            width: 'short',
            maxlength: 8,
          })}
          <button type="submit" class="button">${say('twoStep.turnOn')}</button>
        </form>
      </li>
    </ol>
    <p><a href="/console/account">${say('twoStep.cancel')}</a></p>`;
  return renderConsolePage({
    title: say('twoStep.title'),
    staff: input.staff,
    body,
    current: '/console/account',
    hasErrors: errors.length > 0,
  });
}
