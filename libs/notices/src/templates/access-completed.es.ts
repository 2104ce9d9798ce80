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
        ? 'Hemos buscado en todos los sistemas donde guardamos información personal y no encontramos registros sobre usted.'
        : `Encontramos ${total.toLocaleString('es-ES')} registros sobre usted en los lugares que se indican a continuación. Su copia está preparada y guardada de forma cifrada.`,
      'Para proteger su información, nunca la enviamos por correo electrónico. Su copia se entrega solo después de que vuelva a confirmar su identidad en nuestro centro de privacidad.',
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
