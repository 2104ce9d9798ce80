import { parsePageForm } from '../../web/page-form';
import { apiKeyForm, inviteStaffForm } from './admin.forms';

const LONG_NAME = 'x'.repeat(101);

describe('inviteStaffForm', () => {
  it.each([
    [
      'nothing',
      { name: '', email: '', role: '' },
      [
        { field: 'name', message: 'Enter their full name.' },
        { field: 'email', message: 'Enter an email address like name@example.com.' },
        { field: 'role', message: 'Choose a role: Admin, Privacy officer or Auditor.' },
      ],
    ],
    [
      'a long name, an address without a domain, no such role',
      { name: LONG_NAME, email: 'nobody@example', role: 'owner' },
      [
        { field: 'name', message: 'Keep the name to 100 characters.' },
        { field: 'email', message: 'Enter an email address like name@example.com.' },
        { field: 'role', message: 'Choose a role: Admin, Privacy officer or Auditor.' },
      ],
    ],
    [
      'an address over 254 characters',
      { name: 'Ada', email: `${'a'.repeat(250)}@b.example`, role: 'auditor' },
      [{ field: 'email', message: 'Enter an email address like name@example.com.' }],
    ],
  ])('refuses %s with one message per field', (_case, values, errors) => {
    expect(parsePageForm(inviteStaffForm, values).errors).toEqual(errors);
  });

  it('takes a name, an email address and a role', () => {
    const values = { name: 'Ada', email: 'ada@shop.example', role: 'privacy_officer' };
    expect(parsePageForm(inviteStaffForm, values)).toEqual({ ok: true, data: values, errors: [] });
  });
});

describe('apiKeyForm', () => {
  it.each([
    [
      'nothing',
      { name: '', scopes: [] },
      [
        { field: 'name', message: 'Name the key after the system that will use it.' },
        { field: 'scopes', message: 'Choose at least one scope.' },
      ],
    ],
    [
      'a long name and unknown scopes',
      { name: LONG_NAME, scopes: ['requests:read', 'everything', 'more'] },
      [
        { field: 'name', message: 'Keep the name to 100 characters.' },
        { field: 'scopes', message: 'Unknown scope: everything, more.' },
      ],
    ],
  ])('refuses %s with one message per field', (_case, values, errors) => {
    expect(parsePageForm(apiKeyForm, values).errors).toEqual(errors);
  });

  it('takes a name and known scopes', () => {
    const values = { name: 'Shop', scopes: ['requests:read', 'requests:write'] };
    expect(parsePageForm(apiKeyForm, values)).toEqual({ ok: true, data: values, errors: [] });
  });
});
