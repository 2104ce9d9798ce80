import { NoticeTemplate } from '../notice-content';

export const requestExpiredEs: NoticeTemplate = (facts) => ({
  subject: `Su solicitud ${facts.reference} se cerró porque no fue confirmada`,
  greeting: 'Hola:',
  paragraphs: [
    `No recibimos la confirmación de su identidad para su solicitud de privacidad del ${facts.receivedOn} (referencia ${facts.reference}), así que la hemos cerrado sin actuar.`,
    'Esto le protege: solo actuamos cuando sabemos que la solicitud viene de usted.',
    `Puede hacer una nueva solicitud cuando quiera en nuestro centro de privacidad; es gratuita. Preguntas: ${facts.contactEmail}.`,
  ],
  closing: `Equipo de Privacidad de ${facts.companyName}`,
});
