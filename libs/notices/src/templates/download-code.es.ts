import { NoticeTemplate, SECRET_PLACEHOLDERS } from '../notice-content';

export const downloadCodeEs: NoticeTemplate = (facts) => ({
  subject: `Su código para descargar sus datos (solicitud ${facts.reference})`,
  greeting: 'Hola:',
  paragraphs: [
    `Ha pedido descargar la copia de su información personal que preparamos para su solicitud ${facts.reference}. Para protegerla, comprobamos una vez más que es usted.`,
    `Su código de descarga es ${SECRET_PLACEHOLDERS.code}. Escríbalo en la página de descarga.`,
    `El código es válido durante ${facts.codeMinutes ?? 15} minutos. Tras varios intentos fallidos deja de funcionar y puede pedir uno nuevo.`,
    `Si usted no pidió este código, no lo comparta con nadie y escriba a ${facts.contactEmail}.`,
  ],
  closing: `Equipo de Privacidad de ${facts.companyName}`,
});
