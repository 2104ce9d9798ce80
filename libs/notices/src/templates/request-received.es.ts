import { NoticeTemplate } from '../notice-content';

const WHAT: Record<string, string> = {
  access: 'una solicitud para ver la información personal que tenemos sobre usted',
  delete: 'una solicitud para borrar la información personal que tenemos sobre usted',
  correct: 'una solicitud para corregir información personal que tenemos sobre usted',
  withdraw_consent: 'la retirada de su consentimiento',
  appeal: 'una apelación de nuestra decisión sobre una solicitud anterior',
};

// CCPA regs 7021(a): confirm receipt within 10 business days, with how verification works and
// when to expect an answer.
export const requestReceivedEs: NoticeTemplate = (facts) => ({
  subject: `Hemos recibido su solicitud de privacidad ${facts.reference}`,
  greeting: 'Hola:',
  paragraphs: [
    `El ${facts.receivedOn} recibimos ${WHAT[facts.requestType ?? ''] ?? 'su solicitud de privacidad'}. Su referencia es ${facts.reference}; indíquela siempre que nos escriba.`,
    facts.requestType === 'withdraw_consent'
      ? 'No necesita demostrar quién es para retirar su consentimiento: actuaremos lo antes posible.'
      : 'Antes de actuar, comprobamos que la solicitud viene realmente de usted, para que nadie más pueda ver ni cambiar su información. Le enviamos por correo un código para confirmar su dirección y, para algunas solicitudes, comparamos algunos datos que nos dio con los que ya tenemos. Nunca le pediremos su contraseña ni números completos de documentos de identidad o de tarjetas, y usamos estos datos solo para confirmar quién es usted.',
    facts.dueExplanation
      ? `La ley nos da un plazo para responder, y el tiempo necesario para confirmar su identidad no lo amplía. Le responderemos en esta fecha como muy tarde: ${facts.dueExplanation}.`
      : 'La ley nos da un plazo para responder, y el tiempo necesario para confirmar su identidad no lo amplía. Si necesitamos más tiempo, le diremos por qué antes de la fecha original.',
    facts.statusUrl
      ? `Puede seguir su solicitud en cualquier momento aquí: ${facts.statusUrl} (este enlace es solo suyo; no lo comparta).`
      : '',
    `Hacer una solicitud es gratuito. Preguntas: ${facts.contactEmail}, indicando ${facts.reference}.`,
  ].filter(Boolean),
  closing: `Equipo de Privacidad de ${facts.companyName}`,
});
