import { VerificationAnswer } from '@rightsdesk/intake';
import { Messages } from './i18n/messages';
import { FieldError, FormValues } from './views/form-state';

export interface VerificationForm {
  answer: VerificationAnswer;
  errors: FieldError[];
}

function text(body: FormValues, name: string): string | undefined {
  const value = body[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * The verify page's fields as the use case's answer. Only the form's own shape is checked here
 * (six digits, a phone-like value, both parts of the address); whether they match is the use
 * case's to decide.
 */
export function verificationFormInput(
  body: FormValues,
  askCode: boolean,
  t: Messages,
): VerificationForm {
  const errors: FieldError[] = [];
  // People paste codes with spaces ("123 456"); the digits are what count.
  const code = text(body, 'code')?.replace(/\s/g, '');
  if (askCode && !/^\d{6}$/.test(code ?? ''))
    errors.push({ field: 'code', message: t.validation.code });

  const phone = text(body, 'phone');
  if (phone && !/^\+?[0-9 ()-]{6,20}$/.test(phone)) {
    errors.push({ field: 'phone', message: t.validation.phone });
  }
  const name = text(body, 'name');
  if (name && name.length > 200) errors.push({ field: 'name', message: t.validation.tooLong });

  const lastOrderNumber = text(body, 'lastOrderNumber');
  if ((lastOrderNumber?.length ?? 0) > 64) {
    errors.push({ field: 'lastOrderNumber', message: t.validation.tooLong });
  }

  const line1 = text(body, 'postalAddress.line1');
  const postalCode = text(body, 'postalAddress.postalCode');
  if (line1 && !postalCode) {
    errors.push({ field: 'postalAddress.postalCode', message: t.validation.required });
  }
  if (postalCode && !line1)
    errors.push({ field: 'postalAddress.line1', message: t.validation.required });
  if ((line1?.length ?? 0) > 200 || (postalCode?.length ?? 0) > 20) {
    errors.push({ field: 'postalAddress.line1', message: t.validation.tooLong });
  }

  return {
    answer: {
      code: askCode ? code : undefined,
      name,
      phone,
      postalAddress: line1 && postalCode ? { line1, postalCode } : undefined,
      lastOrderNumber,
      signedDeclaration: body.declaration === 'yes' ? true : undefined,
    },
    errors,
  };
}
