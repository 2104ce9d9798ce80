import type { DenialReason } from './denial-reasons';
import type { Language } from './request-kinds';

/**
 * Why a request was refused, in the person's words: the one source of these phrases for the
 * privacy center's pages and the notices, so a status page and its email never word a refusal
 * differently. (Officers read the rule with its citation: libs/review DENIAL_BASES.)
 */
export const DENIAL_REASON_WORDS: Readonly<
  Record<Language, Readonly<Record<DenialReason, string>>>
> = {
  en: {
    identity_not_verified: 'We could not confirm that you are the person the data is about',
    not_a_consumer: 'The request was not made by the person or an agent they authorized',
    manifestly_unfounded_or_excessive: 'The request is manifestly unfounded or excessive',
    legal_obligation: 'The law requires us to keep the data',
    legal_claims: 'We need the data to establish, exercise or defend legal claims',
    rights_of_others: "Answering would harm other people's rights",
    information_accurate: 'The information you asked us to correct is accurate',
    no_response_to_request_for_information:
      'We did not get the information we needed to act on your request',
    unverifiable: 'We could not confirm your identity',
    appeal_refused: 'We looked at your request again and our earlier decision stands',
  },
  es: {
    identity_not_verified:
      'No pudimos confirmar que usted es la persona a la que se refieren los datos',
    not_a_consumer:
      'La solicitud no la hizo la persona interesada ni un representante autorizado por ella',
    manifestly_unfounded_or_excessive: 'La solicitud es manifiestamente infundada o excesiva',
    legal_obligation: 'La ley nos obliga a conservar los datos',
    legal_claims: 'Necesitamos los datos para formular, ejercer o defender reclamaciones',
    rights_of_others: 'Responder perjudicaría los derechos de otras personas',
    information_accurate: 'La información que nos pidió corregir es exacta',
    no_response_to_request_for_information:
      'No recibimos la información que necesitábamos para atender su solicitud',
    unverifiable: 'No pudimos confirmar su identidad',
    appeal_refused: 'Revisamos su solicitud de nuevo y mantenemos nuestra decisión anterior',
  },
};

/**
 * The phrases as entries of a message catalogue under `prefix` ("denial_reason.not_a_consumer"),
 * each followed by `end` (a page states them as sentences, a notice builds its own).
 */
export function denialReasonEntries(
  language: Language,
  prefix: string,
  end = '',
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(DENIAL_REASON_WORDS[language]).map(([reason, words]) => [
      `${prefix}.${reason}`,
      `${words}${end}`,
    ]),
  );
}
