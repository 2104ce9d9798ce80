import { NoticeTemplate } from '../notice-content';
import { asSentence } from './notice-sentence';

const DECISION = {
  granted:
    'Le damos la razón: hemos revocado nuestra decisión anterior y ahora atenderemos su solicitud. Le escribiremos de nuevo cuando esté hecho.',
  denied: 'Hemos decidido mantener nuestra decisión anterior.',
} as const;

// The decision gives reasons and, if the appeal is denied, how to contact the state Attorney
// General (Va. Code 59.1-577(C); C.R.S. 6-1-1306(3)).
export const appealDecidedEs: NoticeTemplate = (facts) => ({
  subject: `La decisión sobre su apelación ${facts.reference}`,
  greeting: 'Hola:',
  paragraphs: [
    `Hemos vuelto a examinar su solicitud de privacidad, como nos pidió en su apelación del ${facts.receivedOn} (referencia ${facts.reference}).`,
    facts.appealOutcome ? DECISION[facts.appealOutcome] : '',
    facts.reason ? `Nuestros motivos: ${asSentence(facts.reason)}` : '',
    facts.appealOutcome === 'granted'
      ? ''
      : `Si no está de acuerdo con esta decisión, puede presentar una queja ante ${facts.authorityContact ?? 'el Fiscal General de su estado, cuya página web tiene un formulario para quejas sobre cómo las empresas atienden las solicitudes de privacidad'}.`,
    `Preguntas: ${facts.contactEmail}, indicando ${facts.reference}.`,
  ].filter(Boolean),
  closing: `Equipo de Privacidad de ${facts.companyName}`,
});
