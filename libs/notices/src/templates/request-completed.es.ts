import { CompletionOutcome } from '../completion-outcomes';
import { NoticeTemplate } from '../notice-content';

const WHAT: Record<string, { subject: string; done: string; nothing: string }> = {
  delete: {
    subject: 'Su solicitud para borrar sus datos',
    done: 'Hemos borrado la información personal que teníamos sobre usted, salvo lo que la ley nos obliga a guardar. La tabla indica, para cada lugar donde guardamos información, qué hicimos.',
    nothing:
      'Buscamos en todos los lugares donde guardamos información personal y no encontramos nada suyo que borrar.',
  },
  correct: {
    subject: 'Su solicitud para corregir sus datos',
    done: 'Hemos corregido la información que nos indicó, en todos los lugares donde la guardamos, y comprobamos que los nuevos valores están en su sitio. También se lo hemos comunicado a las empresas que la tratan por nosotros.',
    nothing:
      'Buscamos en todos los lugares donde guardamos información personal y no encontramos la información que nos pidió corregir.',
  },
  withdraw_consent: {
    subject: 'La retirada de su consentimiento',
    done: 'Hemos detenido todo lo que usted había aceptado: mensajes de publicidad y cookies que no son necesarias para que el sitio funcione. Lo que hicimos antes de su retirada sigue siendo lícito.',
    nothing:
      'No encontramos ningún consentimiento ni suscripción suya en vigor; no le enviaremos nada más basado en su consentimiento.',
  },
};

function outcomeText(outcome: CompletionOutcome): string {
  const rows = outcome.rows.toLocaleString('es-ES');
  switch (outcome.kind) {
    case 'deleted':
      return `Borrado (${rows})`;
    case 'deidentified':
      return `Conservado sin nada que le identifique (${rows})`;
    case 'retained':
      return `Conservado${outcome.period ? ` durante ${years(outcome.period)}` : ''}: ${outcome.reason ?? 'lo exige la ley'}`;
    case 'corrected':
      return `${outcome.field} corregido (${rows})`;
    case 'withdrawn':
      return `Detenido (${rows})`;
    case 'told':
      return `Avisamos a ${outcome.recipient}: hecho`;
    case 'handled':
      return 'Hecho por nuestro personal';
  }
}

function years(period: string): string {
  const match = /^P(\d+)Y$/.exec(period);
  return match ? `${match[1]} años` : period;
}

export const requestCompletedEs: NoticeTemplate = (facts) => {
  const what = WHAT[facts.requestType ?? 'delete'] ?? WHAT.delete;
  const outcomes = facts.outcomes ?? [];
  return {
    subject: `${what.subject} ${facts.reference} se ha completado`,
    greeting: 'Hola:',
    paragraphs: [
      `Hemos completado su solicitud del ${facts.receivedOn} (referencia ${facts.reference}).`,
      outcomes.length > 0 ? what.done : what.nothing,
      facts.requestType === 'delete'
        ? 'Guardamos una nota breve de que lo pidió, hecha de forma que no puede leerse como su correo electrónico, solo para no volver a añadirle a nuestras listas de correo.'
        : '',
      facts.statusUrl ? `Puede ver su solicitud aquí: ${facts.statusUrl}` : '',
      `Si no está de acuerdo con lo que hicimos, puede responder a este mensaje o escribir a ${facts.contactEmail}, indicando ${facts.reference}.`,
    ].filter(Boolean),
    table:
      outcomes.length > 0
        ? {
            headings: ['Dónde lo guardamos', 'Qué hicimos'],
            rows: outcomes.map((outcome) => [outcome.label, outcomeText(outcome)]),
          }
        : undefined,
    closing: `Equipo de privacidad de ${facts.companyName}`,
  };
};
