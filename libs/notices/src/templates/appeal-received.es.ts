import { NoticeTemplate } from '../notice-content';

// Appeals run on their own clock from receipt of the appeal (Va. Code 59.1-577(C): 60 days).
export const appealReceivedEs: NoticeTemplate = (facts) => ({
  subject: `Hemos recibido su apelación ${facts.reference}`,
  greeting: 'Hola:',
  paragraphs: [
    `El ${facts.receivedOn} recibimos su apelación de nuestra decisión sobre su solicitud de privacidad. Su referencia es ${facts.reference}; indíquela siempre que nos escriba.`,
    'Volveremos a examinar su solicitud y le comunicaremos por escrito nuestra decisión y sus motivos.',
    facts.dueExplanation
      ? `La ley nos da un plazo para decidir. Le comunicaremos nuestra decisión en esta fecha como muy tarde: ${facts.dueExplanation}.`
      : 'La ley nos da un plazo para decidir, y le comunicaremos nuestra decisión dentro de él.',
    facts.statusUrl ? `Puede seguir su apelación aquí: ${facts.statusUrl}` : '',
    `Apelar es gratuito. Preguntas: ${facts.contactEmail}, indicando ${facts.reference}.`,
  ].filter(Boolean),
  closing: `Equipo de Privacidad de ${facts.companyName}`,
});
