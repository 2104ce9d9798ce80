import { say, sayHtml } from '../../i18n/console-words';
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
    <p>${say('password.forgotIntro')}</p>
    <form method="post" action="/console/password/forgot" novalidate>
      ${hidden('_csrf', input.formToken)}
      ${consoleTextField({
        name: 'email',
        label: say('password.email'),
        type: 'email',
        value: input.email,
        error: errorFor(errors, 'email'),
        required: true,
        autocomplete: 'username',
        maxlength: 254,
      })}
      <button type="submit" class="button">${say('password.emailMe')}</button>
    </form>
    <p><a href="/console/sign-in">${say('password.backToSignIn')}</a></p>`;
  return renderSignedOutPage({
    title: say('password.forgotTitle'),
    body,
    hasErrors: errors.length > 0,
  });
}

/** The same answer whether or not the address has an account (never reveal which). */
export function resetRequestedPage(): SafeHtml {
  const body = html`<div class="panel panel--confirm" role="status">
      <p>${say('password.requested')}</p>
    </div>
    <p>${say('password.nothingArrived')}</p>
    <p><a href="/console/sign-in">${say('password.backToSignIn')}</a></p>`;
  return renderSignedOutPage({ title: say('password.requestedTitle'), body });
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
  const title = say(input.purpose === 'invite' ? 'password.setTitle' : 'password.chooseTitle');
  const body = html`${consoleErrorSummary(errors)}
    <p>
      ${sayHtml(input.purpose === 'invite' ? 'password.welcomeIntro' : 'password.chooseIntro', {
        name: input.name,
        email: html`<strong>${input.email}</strong>`,
        minLength: PASSWORD_MIN_LENGTH,
      })}
    </p>
    ${input.purpose === 'reset' ? html`<p>${say('password.signsOutEverywhere')}</p>` : html``}
    <form method="post" action="/console/password/reset/${input.token}" novalidate>
      ${hidden('_csrf', input.formToken)}
      <input type="text" name="username" value="${input.email}" autocomplete="username" hidden />
      ${consoleTextField({
        name: 'password',
        label: say('password.new'),
        type: 'password',
        error: errorFor(errors, 'password'),
        required: true,
        autocomplete: 'new-password',
        maxlength: 200,
      })}
      ${consoleTextField({
        name: 'confirm',
        label: say('password.again'),
        type: 'password',
        error: errorFor(errors, 'confirm'),
        required: true,
        autocomplete: 'new-password',
        maxlength: 200,
      })}
      <button type="submit" class="button">${say('password.save')}</button>
    </form>`;
  return renderSignedOutPage({ title, body, hasErrors: errors.length > 0 });
}

export function linkNotValidPage(): SafeHtml {
  const body = html`<p>${say('password.linkNotValid')}</p>
    <p>
      ${sayHtml('password.askOrSignIn', {
        askLink: html`<a href="/console/password/forgot">${say('password.askForLink')}</a>`,
        signInLink: html`<a href="/console/sign-in">${say('password.signIn')}</a>`,
      })}
    </p>`;
  return renderSignedOutPage({ title: say('password.linkNotValidTitle'), body });
}
