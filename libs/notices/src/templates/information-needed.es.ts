import { NoticeTemplate } from '../notice-content';
import { asSentence } from './notice-sentence';

// CCPA regs 7020: a deficient request is answered with how to fix it; the 45 days still run
// from receipt (regs 7021(b)).
export const informationNeededEs: NoticeTemplate = (facts) => ({
  subject: `Necesitamos más información para su solicitud ${facts.reference}`,
  greeting: 'Hola:',
  paragraphs: [
    `Para seguir con su solicitud de privacidad del ${facts.receivedOn} (referencia ${facts.reference}), necesitamos algo más de información.`,
    facts.reason
      ? `Lo que necesitamos: ${asSentence(facts.reason)}`
      : 'Indíquenos con más precisión qué nos pide que hagamos.',
    facts.statusUrl
      ? `Puede enviarla desde la página de su solicitud: ${facts.statusUrl}. También puede responder a este mensaje o escribir a ${facts.contactEmail}, indicando ${facts.reference}.`
      : `Responda a este mensaje o escriba a ${facts.contactEmail}, indicando ${facts.reference}.`,
    'Envíe solo lo que le pedimos: nunca necesitamos su contraseña ni números completos de documentos de identidad o de tarjetas.',
    `Esperar su respuesta no cambia el plazo que la ley nos da para responderle${facts.dueExplanation ? `: ${facts.dueExplanation}` : ''}. Si para entonces no sabemos de usted, haremos lo que podamos con lo que tenemos y le diremos qué no pudimos hacer y por qué.`,
  ],
  closing: `Equipo de Privacidad de ${facts.companyName}`,
});
