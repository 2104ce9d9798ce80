import { NoticeTemplate, SECRET_PLACEHOLDERS } from '../notice-content';

export const verificationCodeEs: NoticeTemplate = (facts) => ({
  subject: `Su código de verificación para la solicitud ${facts.reference}`,
  greeting: 'Hola:',
  paragraphs: [
    `Hemos recibido su solicitud de privacidad (referencia ${facts.reference}). Para proteger su información, primero comprobamos que es usted.`,
    `Su código es ${SECRET_PLACEHOLDERS.code}. Escríbalo en la página de verificación, o abra este enlace y confirme: ${SECRET_PLACEHOLDERS.verifyUrl}`,
    `El código es válido durante ${facts.codeMinutes ?? 30} minutos. Solo lo usamos para confirmar su identidad.`,
    facts.dueExplanation
      ? `Le responderemos dentro del plazo que fija la ley: ${facts.dueExplanation}.`
      : '',
    facts.statusUrl ? `Puede seguir su solicitud aquí: ${facts.statusUrl}` : '',
    `Si usted no hizo esta solicitud, puede ignorar este mensaje o escribir a ${facts.contactEmail}.`,
  ].filter(Boolean),
  closing: `Equipo de Privacidad de ${facts.companyName}`,
});
