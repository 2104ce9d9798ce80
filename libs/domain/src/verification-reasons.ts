import { Language } from './request-kinds';
import type { RightType } from './request-rights';
import type { VerificationOutcome } from './verification-outcome';

export type VerificationReasonCode =
  'email_not_confirmed' | 'too_few_matches' | 'contradicting_data' | 'declaration_missing';

/**
 * The plain-language reason a requester is told (regs 7022(a), 7023, 7024(a): an unverifiable
 * delete or correct is denied with its reason). Two sentences: what happened, then what follows
 * for this outcome and type. No personal data: the data points are never named with values.
 */
export function verificationReason(
  code: VerificationReasonCode,
  outcome: VerificationOutcome,
  type: RightType,
  language: Language = 'en',
): string {
  const text = TEXTS[language];
  return `${text.why[code]} ${text.next(code, outcome, type)}`;
}

interface Texts {
  why: Record<VerificationReasonCode, string>;
  next(code: VerificationReasonCode, outcome: VerificationOutcome, type: RightType): string;
}

const TEXTS: Record<Language, Texts> = {
  en: {
    why: {
      email_not_confirmed:
        'We could not confirm that you control the email address on the request.',
      too_few_matches:
        'The details you gave do not match enough of what we hold about you to confirm your identity to the degree this request needs.',
      contradicting_data:
        'Some details you gave do not match what we hold about you, so we cannot confirm your identity.',
      declaration_missing:
        'A copy of your personal information needs a declaration, signed under penalty of perjury, that you are the person the request is about.',
    },
    next: (code, outcome, type) => {
      if (outcome === 'needs_more') {
        if (code === 'email_not_confirmed') return 'Please enter the code we sent to that address.';
        if (code === 'declaration_missing') return 'Please sign the declaration to continue.';
        return 'You can add more details, such as your phone number, postal address or last order number.';
      }
      if (outcome === 'verified_with_fallback') {
        return 'We will instead tell you the categories of personal information we hold about you.';
      }
      const action = { access: 'disclose', delete: 'delete', correct: 'correct' }[type as string];
      return action
        ? `So we cannot ${action} your personal information.`
        : 'So we cannot act on your request.';
    },
  },
  es: {
    why: {
      email_not_confirmed:
        'No pudimos confirmar que usted controla la dirección de correo electrónico de la solicitud.',
      too_few_matches:
        'Los datos que nos dio no coinciden con suficientes datos que tenemos sobre usted para confirmar su identidad en la medida que exige esta solicitud.',
      contradicting_data:
        'Algunos datos que nos dio no coinciden con los que tenemos sobre usted, por lo que no podemos confirmar su identidad.',
      declaration_missing:
        'Una copia de su información personal requiere una declaración, firmada bajo pena de perjurio, de que usted es la persona a quien se refiere la solicitud.',
    },
    next: (code, outcome, type) => {
      if (outcome === 'needs_more') {
        if (code === 'email_not_confirmed')
          return 'Introduzca el código que enviamos a esa dirección.';
        if (code === 'declaration_missing') return 'Firme la declaración para continuar.';
        return 'Puede añadir más datos, como su número de teléfono, su dirección postal o su último número de pedido.';
      }
      if (outcome === 'verified_with_fallback') {
        return 'En su lugar, le indicaremos las categorías de información personal que tenemos sobre usted.';
      }
      const action = { access: 'divulgar', delete: 'eliminar', correct: 'corregir' }[
        type as string
      ];
      return action
        ? `Por eso no podemos ${action} su información personal.`
        : 'Por eso no podemos atender su solicitud.';
    },
  },
};
