import { asSentence } from './notice-sentence';
import { NoticeTemplate } from '../notice-content';

export const requestDeniedEs: NoticeTemplate = (facts) => ({
  subject: `No pudimos completar su solicitud ${facts.reference}`,
  greeting: 'Hola:',
  paragraphs: [
    `No pudimos completar su solicitud de privacidad del ${facts.receivedOn} (referencia ${facts.reference}).`,
    `El motivo: ${asSentence(facts.reason ?? 'no pudimos confirmar su identidad')}`,
    facts.statusUrl
      ? `Puede recurrir esta decisión desde la página de su solicitud: ${facts.statusUrl}`
      : `Puede recurrir esta decisión escribiendo a ${facts.contactEmail}.`,
    'Si no está conforme, también puede presentar una queja ante el Fiscal General de su estado o, en la Unión Europea, ante su autoridad de protección de datos, y tiene derecho a acudir a los tribunales.',
    `Puede hacer una nueva solicitud cuando quiera; es gratuita. Preguntas: ${facts.contactEmail}, indicando ${facts.reference}.`,
  ],
  closing: `Equipo de Privacidad de ${facts.companyName}`,
});
