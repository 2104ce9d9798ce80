import { say, sayHtml } from '../../i18n/console-words';
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
      ${sayHtml('signIn.intro', {
        privacyCenter: html`<a href="/">${say('signIn.privacyCenter')}</a>`,
      })}
    </p>
    <form method="post" action="/console/sign-in" novalidate>
      ${hidden('_csrf', input.formToken)} ${hidden('next', input.next)}
      ${consoleTextField({
        name: 'email',
        label: say('signIn.email'),
        type: 'email',
        value: input.email,
        error: errorFor(errors, 'email'),
        required: true,
        autocomplete: 'username',
        maxlength: 254,
      })}
      ${consoleTextField({
        name: 'password',
        label: say('signIn.password'),
        type: 'password',
        error: errorFor(errors, 'password'),
        required: true,
        autocomplete: 'current-password',
        maxlength: 200,
      })}
      <button type="submit" class="button">${say('signIn.submit')}</button>
    </form>
    <p><a href="/console/password/forgot">${say('signIn.forgot')}</a></p>`;
  return renderSignedOutPage({
    title: say('signIn.title'),
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
    <p>${say('signIn.codeIntro')}</p>
    <form method="post" action="/console/sign-in/code" novalidate>
      ${hidden('_csrf', input.formToken)} ${hidden('next', input.next)}
      ${consoleTextField({
        name: 'code',
        label: say('signIn.code'),
        hint: say('signIn.codeHint'),
        error: errorFor(errors, 'code'),
        required: true,
        autocomplete: 'one-time-code',
        inputmode: 'numeric',
        width: 'short',
        maxlength: 8,
      })}
      <button type="submit" class="button">${say('signIn.continue')}</button>
    </form>
    <p>${say('signIn.lostAuthenticator')}</p>
    <p><a href="/console/sign-in">${say('signIn.startAgain')}</a></p>`;
  return renderSignedOutPage({
    title: say('signIn.codeTitle'),
    body,
    hasErrors: errors.length > 0,
  });
}
