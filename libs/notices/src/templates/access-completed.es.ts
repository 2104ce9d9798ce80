import { NoticeTemplate } from '../notice-content';

export const accessCompletedEs: NoticeTemplate = (facts) => {
  const datasets = facts.datasets ?? [];
  const total = datasets.reduce((sum, dataset) => sum + dataset.rows, 0);
  return {
    subject: `Su solicitud de acceso a datos ${facts.reference} se ha completado`,
    greeting: 'Hola:',
    paragraphs: [
      `Hemos completado su solicitud del ${facts.receivedOn} (referencia ${facts.reference}) para acceder a la información personal que ${facts.companyName} tiene sobre usted.`,
      total === 0
        ? 'Hemos buscado en todos los sistemas donde guardamos información personal y no encontramos registros sobre usted. Puede descargar un breve informe de dónde buscamos.'
        : `Encontramos ${total.toLocaleString('es-ES')} registros sobre usted en los lugares que se indican a continuación. Sus datos están listos para descargar en un archivo ZIP: un informe que explica para qué los usamos, quién los recibe y cuánto tiempo los conservamos, con los datos en archivos JSON y CSV si pidió una copia.`,
      'Para descargarlos, abra el enlace para seguir su solicitud que le enviamos cuando la hizo, vaya a «Sus datos» y elija «Descargar sus datos». Le enviaremos por correo un código de un solo uso para escribirlo allí. La descarga está disponible durante un tiempo limitado.',
      'Para proteger su información, nunca la enviamos por correo electrónico: solo la entregamos en nuestro centro de privacidad, después de que confirme que es usted.',
      `Si tiene preguntas, responda a este mensaje o escriba a ${facts.contactEmail} indicando ${facts.reference}.`,
    ],
    table:
      datasets.length > 0
        ? {
            headings: ['Dónde los guardamos', 'Registros'],
            rows: datasets.map((dataset) => [dataset.label, dataset.rows.toLocaleString('es-ES')]),
          }
        : undefined,
    closing: `Equipo de Privacidad de ${facts.companyName}`,
  };
};
