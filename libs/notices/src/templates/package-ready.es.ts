import { NoticeTemplate } from '../notice-content';

// The data itself only behind an authenticated, expiring download (GDPR Art. 32): this notice
// never carries a link that works without the one-time code.
export const packageReadyEs: NoticeTemplate = (facts) => ({
  subject: `Sus datos están listos para descargar (solicitud ${facts.reference})`,
  greeting: 'Hola:',
  paragraphs: [
    `La copia de su información personal de su solicitud del ${facts.receivedOn} (referencia ${facts.reference}) está lista.`,
    `Para descargarla, abra ${facts.statusUrl ? `la página de su solicitud (${facts.statusUrl})` : 'el enlace para seguir su solicitud que le enviamos cuando la hizo'}, vaya a «Sus datos» y elija «Descargar sus datos». Le enviaremos por correo un código de un solo uso para escribirlo allí: la descarga solo funciona con ese código.`,
    facts.availableUntil
      ? `Puede descargarla hasta el ${facts.availableUntil}. Después borramos el archivo; puede hacer una nueva solicitud cuando quiera, de forma gratuita.`
      : 'La descarga está disponible durante un tiempo limitado. Después borramos el archivo; puede hacer una nueva solicitud cuando quiera, de forma gratuita.',
    'Para proteger su información, nunca la enviamos por correo electrónico ni como archivo adjunto.',
    `Preguntas: ${facts.contactEmail}, indicando ${facts.reference}.`,
  ],
  closing: `Equipo de Privacidad de ${facts.companyName}`,
});
