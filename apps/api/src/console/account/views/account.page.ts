import { STAFF_ROLE_LABELS, StaffPrincipal, base32Encode } from '@rightsdesk/staff';
import { SafeHtml, html, raw } from '@rightsdesk/html';
import { ConsoleFlash, csrfField, renderConsolePage } from '../../views/console-layout';
import {
  ConsoleFieldError,
  consoleErrorSummary,
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
  flash?: ConsoleFlash;
  errors?: ConsoleFieldError[];
}

const when = (at: Date) => `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** Your account: two-step sign-in, your open sessions, signing out everywhere. */
export function accountPage(input: AccountPageInput): SafeHtml {
  const { staff } = input;
  const errors = input.errors ?? [];
  const csrf = csrfField(staff);
  const secondFactor =
    input.secondFactor.kind === 'on'
      ? html`<p>
            On since ${when(input.secondFactor.since)}: signing in asks for a code from your
            authenticator app after your password.
          </p>
          <form method="post" action="/console/account/two-step/disable" novalidate>
            ${csrf}
            ${consoleTextField({
              name: 'code',
              label: 'Code from your authenticator app, to turn it off',
              error: errorFor(errors, 'code'),
              autocomplete: 'one-time-code',
              inputmode: 'numeric',
              width: 'short',
              maxlength: 8,
            })}
            <button type="submit" class="button button--secondary">
              Turn off two-step sign-in
            </button>
          </form>`
      : html`<p>
            Off. With two-step sign-in, someone who learns your password still cannot sign in
            without your phone.
          </p>
          ${
            input.secondFactor.kind === 'pending'
              ? html`<p><a href="/console/account/two-step">Finish setting it up</a></p>`
              : html``
          }
          <form method="post" action="/console/account/two-step/start">
            ${csrf}
            <button type="submit" class="button">Set up two-step sign-in</button>
          </form>`;
  const sessions = input.sessions.map(
    (session) =>
      html`<tr>
        <td>${when(session.createdAt)}</td>
        <td>${when(session.lastSeenAt)}</td>
        <td>${session.id === staff.sessionId ? 'This browser' : ''}</td>
      </tr>`,
  );
  const body = html`${consoleErrorSummary(errors)}
    <dl class="summary-list">
      <dt>Name</dt>
      <dd>${staff.name}</dd>
      <dt>Email</dt>
      <dd>${staff.email}</dd>
      <dt>Role</dt>
      <dd>${STAFF_ROLE_LABELS[staff.role]}</dd>
    </dl>
    <h2>Two-step sign-in</h2>
    ${secondFactor}
    <h2>Where you are signed in</h2>
    <p>
      A session ends after ${input.idleMinutes} minutes without use, and at the latest some hours
      after signing in.
    </p>
    <div class="table-wrap">
      <table>
        <caption class="visually-hidden">
          Your open sessions
        </caption>
        <thead>
          <tr>
            <th scope="col">Signed in</th>
            <th scope="col">Last used</th>
            <th scope="col"><span class="visually-hidden">Which</span></th>
          </tr>
        </thead>
        <tbody>
          ${sessions}
        </tbody>
      </table>
    </div>
    <form method="post" action="/console/sign-out-everywhere">
      ${csrf}
      <button type="submit" class="button button--secondary">Sign out everywhere</button>
    </form>
    <p>To change your password, sign out and use “Forgot your password?” on the sign-in page.</p>`;
  return renderConsolePage({
    title: 'Your account',
    staff,
    body,
    flash: input.flash,
    current: '/console/account',
    hasErrors: errors.length > 0,
  });
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
        <p>
          Scan this QR code with an authenticator app (for example Google Authenticator, Microsoft
          Authenticator, 1Password or Aegis).
        </p>
        <div class="qr" role="img" aria-label="QR code to add Rightsdesk to your authenticator app">
          ${
            // raw: markup the qrcode library drew (rectangles and paths only; the otpauth URI
            // is encoded in the pattern, never written into the SVG as text).
            raw(input.qrSvg)
          }
        </div>
        <p>Or type this key into the app (time-based, 6 digits):</p>
        <code class="secret" id="totp-secret">${grouped}</code>
      </li>
      <li>
        <p>Enter the code the app now shows, to prove it is set up.</p>
        <form method="post" action="/console/account/two-step/confirm" novalidate>
          ${csrfField(input.staff)}
          ${consoleTextField({
            name: 'code',
            label: 'Code from your authenticator app',
            hint: 'Six digits, for example 123456.',
            error: errorFor(errors, 'code'),
            required: true,
            autocomplete: 'one-time-code',
            inputmode: 'numeric',
            width: 'short',
            maxlength: 8,
          })}
          <button type="submit" class="button">Turn on two-step sign-in</button>
        </form>
      </li>
    </ol>
    <p><a href="/console/account">Cancel</a></p>`;
  return renderConsolePage({
    title: 'Set up two-step sign-in',
    staff: input.staff,
    body,
    current: '/console/account',
    hasErrors: errors.length > 0,
  });
}
