import { SafeHtml, html } from '@rightsdesk/html';
import { ConsoleFlash, renderSignedOutPage } from '../../views/console-layout';
import {
  ConsoleFieldError,
  consoleErrorSummary,
  consoleTextField,
  errorFor,
} from '../../views/console-forms';

function hidden(name: string, value: string) {
  return html`<input type="hidden" name="${name}" value="${value}" />`;
}

export interface SignInPageInput {
  formToken: string;
  next: string;
  email?: string;
  errors?: ConsoleFieldError[];
  flash?: ConsoleFlash;
}

/** Step one: email and password. */
export function signInPage(input: SignInPageInput): SafeHtml {
  const errors = input.errors ?? [];
  const body = html`${consoleErrorSummary(errors)}
    <p>
      For staff of the privacy team. People asking about their own data use the
      <a href="/">privacy center</a> instead.
    </p>
    <form method="post" action="/console/sign-in" novalidate>
      ${hidden('_csrf', input.formToken)} ${hidden('next', input.next)}
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
      ${consoleTextField({
        name: 'password',
        label: 'Password',
        type: 'password',
        error: errorFor(errors, 'password'),
        required: true,
        autocomplete: 'current-password',
        maxlength: 200,
      })}
      <button type="submit" class="button">Sign in</button>
    </form>
    <p><a href="/console/password/forgot">Forgot your password?</a></p>`;
  return renderSignedOutPage({
    title: 'Sign in',
    body,
    flash: input.flash,
    hasErrors: errors.length > 0,
  });
}

/** Step two, for members who enrolled an authenticator app. */
export function signInCodePage(input: {
  formToken: string;
  next: string;
  errors?: ConsoleFieldError[];
}): SafeHtml {
  const errors = input.errors ?? [];
  const body = html`${consoleErrorSummary(errors)}
    <p>
      Open the authenticator app you set up for Rightsdesk and enter the 6-digit code it shows now.
    </p>
    <form method="post" action="/console/sign-in/code" novalidate>
      ${hidden('_csrf', input.formToken)} ${hidden('next', input.next)}
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
      <button type="submit" class="button">Continue</button>
    </form>
    <p>Lost your authenticator? Ask an admin to help you, then set it up again.</p>
    <p><a href="/console/sign-in">Start again</a></p>`;
  return renderSignedOutPage({
    title: 'Enter your sign-in code',
    body,
    hasErrors: errors.length > 0,
  });
}
