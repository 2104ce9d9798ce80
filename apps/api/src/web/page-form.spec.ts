import { choosePasswordForm } from '../console/account/password.forms';
import { signInForm } from '../console/sign-in/sign-in.forms';
import { parsePageForm } from './page-form';

describe(parsePageForm.name, () => {
  it('gives the first problem of each field, in the form order', () => {
    expect(parsePageForm(signInForm, { email: '', password: '' }).errors).toEqual([
      { field: 'email', message: 'Enter your email address.' },
      { field: 'password', message: 'Enter your password.' },
    ]);
    expect(
      parsePageForm(signInForm, { email: 'nobody', password: 'x'.repeat(201) }).errors,
    ).toEqual([
      { field: 'email', message: 'Enter an email address like name@example.com.' },
      { field: 'password', message: 'The email address or password is not right.' },
    ]);
  });

  it('checks that the passwords match only once one is given', () => {
    expect(parsePageForm(choosePasswordForm, { password: '', confirm: 'x' }).errors).toEqual([
      { field: 'password', message: 'Enter a new password.' },
    ]);
    expect(parsePageForm(choosePasswordForm, { password: 'a', confirm: 'b' }).errors).toEqual([
      { field: 'confirm', message: 'The two passwords are not the same.' },
    ]);
  });

  it('returns the parsed data of a good form', () => {
    expect(parsePageForm(signInForm, { email: ' a@b.example ', password: 'p' })).toEqual({
      ok: true,
      data: { email: 'a@b.example', password: 'p' },
      errors: [],
    });
  });
});
