import { Language, REQUEST_STATUSES, RequestStatus } from './request-kinds';

/**
 * A request's status in words, the one source for every surface: the console's labels for
 * officers, the privacy center's and notices' labels for the person (who reads what happens to
 * them, not our workflow's names), and the officer's words inside a sentence ("cannot approve a
 * request that is waiting for information from the person"). A consent withdrawal needs no
 * identity check and takes effect at once (GDPR Art. 7(3)), so the person reads its own words
 * where they differ. English and Spanish for each; no surface shows a status code.
 */
export interface StatusWords {
  /** A label on a staff page: "Awaiting review". */
  readonly officer: string;
  /** Within an officer's sentence: "a request that is awaiting review". */
  readonly inSentence: string;
  /** A label on the person's status page and in notices: "Being checked by our team". */
  readonly person: string;
  /** The person's label for a consent withdrawal, where it differs. */
  readonly personWithdrawal?: string;
}

export const REQUEST_STATUS_WORDS: Readonly<
  Record<Language, Readonly<Record<RequestStatus, StatusWords>>>
> = {
  en: {
    received: { officer: 'Received', inSentence: 'received', person: 'Received' },
    pending_verification: {
      officer: 'Waiting for verification',
      inSentence: 'waiting for verification',
      person: 'Waiting for you to confirm it is you',
    },
    verified: {
      officer: 'Verified',
      inSentence: 'verified',
      person: 'Confirmed it is you',
      personWithdrawal: 'No identity check needed',
    },
    awaiting_review: {
      officer: 'Awaiting review',
      inSentence: 'awaiting review',
      person: 'Being checked by our team',
    },
    needs_info: {
      officer: 'Needs information',
      inSentence: 'waiting for information from the person',
      person: 'We need more information from you',
    },
    approved: {
      officer: 'Approved',
      inSentence: 'approved',
      person: 'Approved',
      personWithdrawal: 'Took effect',
    },
    in_progress: { officer: 'In progress', inSentence: 'in progress', person: 'In progress' },
    completed: { officer: 'Completed', inSentence: 'completed', person: 'Done' },
    failed: {
      officer: 'Failed',
      inSentence: 'failed',
      person: 'Held up by a problem on our side',
    },
    denied: { officer: 'Denied', inSentence: 'denied', person: 'We could not do this' },
    cancelled: { officer: 'Cancelled', inSentence: 'cancelled', person: 'Cancelled' },
    expired: { officer: 'Expired', inSentence: 'expired', person: 'Expired' },
  },
  es: {
    received: { officer: 'Recibida', inSentence: 'recibida', person: 'Recibida' },
    pending_verification: {
      officer: 'Esperando la verificación',
      inSentence: 'esperando la verificación',
      person: 'Esperando a que confirme que es usted',
    },
    verified: {
      officer: 'Verificada',
      inSentence: 'verificada',
      person: 'Confirmado que es usted',
      personWithdrawal: 'Sin comprobación de identidad',
    },
    awaiting_review: {
      officer: 'Pendiente de revisión',
      inSentence: 'pendiente de revisión',
      person: 'En revisión por nuestro equipo',
    },
    needs_info: {
      officer: 'Necesita información',
      inSentence: 'esperando información de la persona',
      person: 'Necesitamos más información',
    },
    approved: {
      officer: 'Aprobada',
      inSentence: 'aprobada',
      person: 'Aprobada',
      personWithdrawal: 'Con efecto inmediato',
    },
    in_progress: { officer: 'En curso', inSentence: 'en curso', person: 'En curso' },
    completed: { officer: 'Completada', inSentence: 'completada', person: 'Terminada' },
    failed: {
      officer: 'Fallida',
      inSentence: 'fallida',
      person: 'Retrasada por un problema nuestro',
    },
    denied: { officer: 'Denegada', inSentence: 'denegada', person: 'No pudimos hacerlo' },
    cancelled: { officer: 'Cancelada', inSentence: 'cancelada', person: 'Cancelada' },
    expired: { officer: 'Caducada', inSentence: 'caducada', person: 'Caducada' },
  },
};

/** Who reads the label: staff, the person, or the person about a consent withdrawal. */
export type StatusAudience = 'officer' | 'person' | 'personWithdrawal';

/**
 * The labels as entries of a message catalogue under `prefix` ("statusLabels.awaiting_review"),
 * typed by key so a catalogue keeps its closed list of keys. `personWithdrawal` lists only the
 * statuses whose words differ for a withdrawal.
 */
export function statusWordEntries<Prefix extends string>(
  language: Language,
  audience: 'officer' | 'person',
  prefix: Prefix,
): Record<`${Prefix}.${RequestStatus}`, string>;
export function statusWordEntries<Prefix extends string>(
  language: Language,
  audience: 'personWithdrawal',
  prefix: Prefix,
): Partial<Record<`${Prefix}.${RequestStatus}`, string>>;
export function statusWordEntries(
  language: Language,
  audience: StatusAudience,
  prefix: string,
): Record<string, string> {
  const words = REQUEST_STATUS_WORDS[language];
  return Object.fromEntries(
    REQUEST_STATUSES.flatMap((status) => {
      const label = words[status][audience];
      return label === undefined ? [] : [[`${prefix}.${status}`, label]];
    }),
  );
}
