import { parsePageForm } from '../web/page-form';
import { dictionaryFor } from './i18n/dictionaries';
import { verificationForm } from './verification-form.input';

const en = dictionaryFor('en');
const es = dictionaryFor('es');

describe('verificationForm', () => {
  it('reads the code without spaces and the details trimmed, blanks as not given', () => {
    const body = {
      _csrf: 'token',
      code: ' 123 456 ',
      name: ' Morgan Ellis ',
      phone: '',
      'postalAddress.line1': '1 Main St',
      'postalAddress.postalCode': ' 94110 ',
      declaration: 'yes',
    };
    expect(parsePageForm(verificationForm(en, true), body)).toEqual({
      ok: true,
      data: {
        code: '123456',
        name: 'Morgan Ellis',
        phone: undefined,
        postalAddress: { line1: '1 Main St', postalCode: '94110' },
        lastOrderNumber: undefined,
        signedDeclaration: true,
      },
      errors: [],
    });
  });

  it('leaves the code out once it is no longer asked for', () => {
    const form = parsePageForm(verificationForm(en, false), { code: 'abc', name: 'Ada' });
    expect(form.ok && form.data).toMatchObject({ code: undefined, name: 'Ada' });
  });

  it.each([
    ['a code of five digits', { code: '12345' }, [['code', en.validation.code]]],
    [
      'a phone with letters',
      { code: '123456', phone: 'call me' },
      [['phone', en.validation.phone]],
    ],
    [
      'a name too long',
      { code: '123456', name: 'x'.repeat(201) },
      [['name', en.validation.tooLong]],
    ],
    [
      'an order number too long',
      { code: '123456', lastOrderNumber: 'y'.repeat(65) },
      [['lastOrderNumber', en.validation.tooLong]],
    ],
    [
      'a street without its postal code',
      { code: '123456', 'postalAddress.line1': '1 Main St' },
      [['postalAddress.postalCode', en.validation.required]],
    ],
    [
      'a postal code without its street',
      { code: '123456', 'postalAddress.postalCode': '94110' },
      [['postalAddress.line1', en.validation.required]],
    ],
    [
      'a postal code too long (shown on the first line of the address)',
      {
        code: '123456',
        'postalAddress.line1': '1 Main',
        'postalAddress.postalCode': 'p'.repeat(21),
      },
      [['postalAddress.line1', en.validation.tooLong]],
    ],
    [
      'several problems, in the order of the form',
      { code: '', phone: 'x', 'postalAddress.line1': 'z'.repeat(201) },
      [
        ['code', en.validation.code],
        ['phone', en.validation.phone],
        ['postalAddress.postalCode', en.validation.required],
        ['postalAddress.line1', en.validation.tooLong],
      ],
    ],
  ])('answers %s with the problems beside their fields', (_case, body, expected) => {
    const errors = expected.map(([field, message]) => ({ field, message }));
    expect(parsePageForm(verificationForm(en, true), body).errors).toEqual(errors);
  });

  it('speaks the page language', () => {
    expect(parsePageForm(verificationForm(es, true), { code: '1', phone: 'x' }).errors).toEqual([
      { field: 'code', message: 'Escriba el código de 6 cifras de nuestro correo.' },
      { field: 'phone', message: 'Escriba un teléfono con cifras, espacios, paréntesis, + o -.' },
    ]);
  });
});
