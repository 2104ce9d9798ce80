import { intakeFormInput, receivedAtOf } from './intake-form.input';

describe(intakeFormInput.name, () => {
  it('passes an email left empty as absent, not as an empty address', () => {
    const input = intakeFormInput(
      { type: 'delete', email: '  ', name: 'Pat' },
      undefined,
      undefined,
    );
    expect(input.request).not.toHaveProperty('email', '');
    expect((input.request as Record<string, unknown>).email).toBeUndefined();
  });

  it("reads only the chosen type's part of the form", () => {
    const input = intakeFormInput(
      { type: 'access', scope: 'categories', 'correction.field': 'phone', purposes: 'all' },
      undefined,
      undefined,
    );
    expect(input.request).toMatchObject({ type: 'access', scope: 'categories' });
    expect(input.request).not.toHaveProperty('corrections');
    expect(input.request).not.toHaveProperty('purposes');
  });

  it('names the address a correction is about, by its kind', () => {
    const input = intakeFormInput(
      {
        type: 'correct',
        'correction.field': 'record:line1',
        'correction.record': 'billing',
        'correction.value': '1 New Road',
      },
      undefined,
      { table: 'addresses', kinds: ['billing', 'shipping'], fields: ['line1'] },
    );
    expect((input.request as { corrections: unknown }).corrections).toEqual([
      {
        dataset: 'addresses',
        record: { by: 'kind', value: 'billing' },
        changes: { line1: '1 New Road' },
      },
    ]);
  });
});

describe('the postal address of the intake form', () => {
  it('is absent when no line was typed, though the country list always sends its choice', () => {
    const input = intakeFormInput(
      { type: 'delete', 'postalAddress.country': 'US' },
      undefined,
      undefined,
    );
    expect((input.request as Record<string, unknown>).postalAddress).toBeUndefined();
  });
});

describe(receivedAtOf.name, () => {
  it.each([
    [{ receivedOn: '2026-11-16', receivedTime: '09:30' }, '2026-11-16T17:30:00.000Z'],
    [{ receivedOn: '2026-07-01', receivedTime: '9:05' }, '2026-07-01T16:05:00.000Z'],
    [{ receivedOn: '2026-11-16' }, 'missing'],
    [{ receivedOn: '2026-02-30', receivedTime: '09:30' }, 'invalid'],
    [{ receivedOn: '16/11/2026', receivedTime: '09:30' }, 'invalid'],
    [{ receivedOn: '2026-11-16', receivedTime: '24:10' }, 'invalid'],
  ])('reads %j in Oakland as %s', (body, expected) => {
    const read = receivedAtOf(body, 'America/Los_Angeles');
    expect(read instanceof Date ? read.toISOString() : read).toBe(expected);
  });
});
