import { submitRequestSchema } from '@rightsdesk/intake';
import { formPathOf, requestFormInput } from './request-form.input';

describe(requestFormInput.name, () => {
  it('leaves out empty fields and keeps the address only when something was typed', () => {
    const input = requestFormInput(
      'delete',
      { email: 'a@example.org', name: '', 'postalAddress.line1': '', 'residence.country': 'ZZ' },
      'en',
      false,
    );
    expect(input).toEqual({
      type: 'delete',
      email: 'a@example.org',
      language: 'en',
      residence: { country: 'ZZ' },
    });
    expect(submitRequestSchema.safeParse(input).success).toBe(true);
  });

  it('treats nothing ticked as a problem, not as "everything"', () => {
    const input = requestFormInput('withdraw_consent', { email: 'a@example.org' }, 'es', false);
    const result = submitRequestSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual(['purposes']);
  });

  it('points a correction problem at the row the person filled in', () => {
    const body = { email: 'a@example.org', 'corrections.2.value': 'Smith' };
    const input = requestFormInput('correct', body, 'en', false);
    expect(input.corrections).toEqual([{ field: '', value: 'Smith' }]);
    expect(formPathOf(['corrections', 0, 'field'], body)).toEqual(['corrections', 2, 'field']);
  });

  it('makes an agent of any agent field or an uploaded file', () => {
    expect(requestFormInput('access', { email: 'a@example.org' }, 'en', true).agent).toEqual({
      name: '',
      email: '',
      powerOfAttorney: false,
    });
  });
});
