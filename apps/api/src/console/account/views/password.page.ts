import { PASSWORD_MIN_LENGTH } from '@rightsdesk/staff';
import { SafeHtml, html } from '@rightsdesk/html';
import { renderSignedOutPage } from '../../views/console-layout';
import {
  ConsoleFieldError,
  consoleErrorSummary,
  consoleTextField,
  errorFor,
} from '../../views/console-forms';

const hidden = (name: string, value: string) =>
  html`<input type="hidden" name="${name}" value="${value}" />`;

export function forgotPasswordPage(input: {
  formToken: string;
  email?: string;
  errors?: ConsoleFieldError[];
}): SafeHtml {
  const errors = input.errors ?? [];
  const body = html`${consoleErrorSummary(errors)}
    <p>
      Enter the email address you sign in with. If it belongs to a staff account, we email a link to
      choose a new password; it works once, for 30 minutes.
    </p>
    <form method="post" action="/console/password/forgot" novalidate>
      ${hidden('_csrf', input.formToken)}
      ${consoleTextField({
        name: 'email',
        label: 'Email address',
        type: 'email',
        value: input.email,
        error: errorFor(errors, 'email'),
        required: true,
        autocomplete: 'username',
        maxlength: 254,
      })}
      <button type="submit" class="button">Email me a link</button>
    </form>
    <p><a href="/console/sign-in">Back to sign in</a></p>`;
  return renderSignedOutPage({ title: 'Reset your password', body, hasErrors: errors.length > 0 });
}

/** The same answer whether or not the address has an account (never reveal which). */
export function resetRequestedPage(): SafeHtml {
  const body = html`<div class="panel panel--confirm" role="status">
      <p>
        If that address belongs to a staff account, we have sent it a link to choose a new password.
        It works once, for 30 minutes.
      </p>
    </div>
    <p>Nothing arrived within a few minutes? Check your spam folder, or ask an admin.</p>
    <p><a href="/console/sign-in">Back to sign in</a></p>`;
  return renderSignedOutPage({ title: 'Check your email', body });
}

export function choosePasswordPage(input: {
  formToken: string;
  token: string;
  purpose: 'reset' | 'invite';
  name: string;
  email: string;
  errors?: ConsoleFieldError[];
}): SafeHtml {
  const errors = input.errors ?? [];
  const title = input.purpose === 'invite' ? 'Set your password' : 'Choose a new password';
  const body = html`${consoleErrorSummary(errors)}
    <p>
      ${input.purpose === 'invite' ? `Welcome, ${input.name}. ` : ''}Choose a password for
      <strong>${input.email}</strong>. Use at least ${PASSWORD_MIN_LENGTH} characters; a few
      unrelated words are easy to remember and hard to guess. A password manager helps.
    </p>
    ${
      input.purpose === 'reset'
        ? html`<p>Every browser signed in to your account will be signed out.</p>`
        : html``
    }
    <form method="post" action="/console/password/reset/${input.token}" novalidate>
      ${hidden('_csrf', input.formToken)}
      <input type="text" name="username" value="${input.email}" autocomplete="username" hidden />
      ${consoleTextField({
        name: 'password',
        label: 'New password',
        type: 'password',
        error: errorFor(errors, 'password'),
        required: true,
        autocomplete: 'new-password',
        maxlength: 200,
      })}
      ${consoleTextField({
        name: 'confirm',
        label: 'New password again',
        type: 'password',
        error: errorFor(errors, 'confirm'),
        required: true,
        autocomplete: 'new-password',
        maxlength: 200,
      })}
      <button type="submit" class="button">Save password</button>
    </form>`;
  return renderSignedOutPage({ title, body, hasErrors: errors.length > 0 });
}

export function linkNotValidPage(): SafeHtml {
  const body = html`<p>
      This link does not work any more: it was already used, it expired, or a newer link was sent.
    </p>
    <p>
      <a href="/console/password/forgot">Ask for a new link</a> or
      <a href="/console/sign-in">sign in</a>.
    </p>`;
  return renderSignedOutPage({ title: 'Link not valid', body });
}
