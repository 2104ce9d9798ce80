import { NoticeTemplate } from '../notice-content';
import { asSentence } from './notice-sentence';

// Sent before the original deadline, with the reason: CCPA regs 7021(b) (45 more days), GDPR
// Art. 12(3) (two more months), Colorado appeals (60 more days).
export const requestExtendedEs: NoticeTemplate = (facts) => ({
  subject: `Necesitamos más tiempo para su solicitud ${facts.reference}`,
  greeting: 'Hola:',
  paragraphs: [
    `Seguimos trabajando en su solicitud de privacidad del ${facts.receivedOn} (referencia ${facts.reference}) y necesitamos más tiempo para completarla bien.`,
    `El motivo: ${asSentence(facts.reason ?? 'su solicitud es compleja y afecta a muchos de nuestros sistemas')}`,
    'La ley nos permite ampliar una vez el plazo para responder, cuando una solicitud es compleja o recibimos muchas, siempre que le digamos por qué antes de la fecha original.',
    facts.dueExplanation
      ? `Nuestra nueva fecha para responderle: ${facts.dueExplanation}.`
      : 'Le responderemos lo antes posible, dentro del tiempo adicional que permite la ley.',
    facts.statusUrl ? `Puede seguir su solicitud aquí: ${facts.statusUrl}` : '',
    `Si tiene preguntas, responda a este mensaje o escriba a ${facts.contactEmail}, indicando ${facts.reference}.`,
  ].filter(Boolean),
  closing: `Equipo de Privacidad de ${facts.companyName}`,
});
