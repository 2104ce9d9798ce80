import { NoticeTemplate } from '../notice-content';
import { asSentence } from './notice-sentence';

// CCPA regs 7022(a), 7023, 7024(a): an unverified copy falls back to categories; an unverified
// deletion or correction is refused, and the person is told why.
const WHAT_FOLLOWS: Record<string, string> = {
  access:
    'Por eso no podemos enviarle una copia de la información personal en sí, porque entregarla a otra persona podría perjudicarle. En su lugar, le indicaremos las categorías de información personal que tenemos sobre usted, de dónde procede, para qué la usamos y quién la recibe.',
  delete:
    'Por eso no podemos borrar su información personal, así que hemos rechazado esta solicitud y su información sigue como estaba. Aun así, puede pedirnos que dejemos de vender o compartir su información: para eso no hace falta demostrar quién es.',
  correct:
    'Por eso no podemos corregir su información personal, así que hemos rechazado esta solicitud y su información sigue como estaba.',
};

/** `facts.reason` says why identity was not confirmed; this notice adds what follows. */
export const verificationFailedEs: NoticeTemplate = (facts) => ({
  subject: `No pudimos confirmar su identidad para la solicitud ${facts.reference}`,
  greeting: 'Hola:',
  paragraphs: [
    `No pudimos confirmar que su solicitud de privacidad del ${facts.receivedOn} (referencia ${facts.reference}) viene de usted.`,
    facts.reason ? asSentence(facts.reason) : '',
    WHAT_FOLLOWS[facts.requestType ?? ''] ?? 'Por eso no podemos atender esta solicitud.',
    'Puede intentarlo de nuevo cuando quiera con una nueva solicitud, gratuita, dando datos que nos ayuden a reconocerle, como su número de teléfono, su dirección postal o su último número de pedido.',
    facts.statusUrl
      ? `Si cree que nos equivocamos, puede apelar desde la página de su solicitud: ${facts.statusUrl}`
      : `Si cree que nos equivocamos, puede apelar escribiendo a ${facts.contactEmail}, indicando ${facts.reference}.`,
    'También puede presentar una queja ante el Fiscal General de su estado o, en la Unión Europea, ante su autoridad de protección de datos, y tiene derecho a acudir a los tribunales.',
  ].filter(Boolean),
  closing: `Equipo de Privacidad de ${facts.companyName}`,
});
