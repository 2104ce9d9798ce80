import {
  DomainError,
  Regime,
  RequestType,
  Residence,
  calendarDateIn,
  givesRight,
  lawFor,
  privacyLaw,
} from '@rightsdesk/domain';
import type { LifecycleSettings } from './lifecycle-settings';

/** The law a request runs under, and the person's own law where it runs as a courtesy. */
export interface LawOfRequest {
  regime: Regime;
  /** The person's law, which does not give this right: the company honours it by its policy. */
  courtesyTo?: Regime;
}

// What the person asks for, for the refusal's sentence.
const RIGHT_PHRASES: Readonly<Record<RequestType, string>> = {
  access: 'see their data',
  correct: 'have their data corrected',
  delete: 'have their data deleted',
  withdraw_consent: 'withdraw consent',
  appeal: 'appeal',
};

/**
 * The law of the place the person lives on the day the request arrived (or the one staff chose),
 * where it gives the right asked for. Where it does not (Iowa has no right to correct; Utah's
 * came in on 2026-07-01), the company's policy answers it when the admin offers every right to
 * everyone (the default), with the policy's deadline; otherwise intake refuses it, saying why.
 */
export function lawOfRequest(
  command: { type: RequestType; regime?: Regime; residence?: Residence },
  receivedAt: Date,
  settings: Pick<
    LifecycleSettings,
    'timeZone' | 'defaultRegime' | 'lawsSwitchedOff' | 'offerEveryRight'
  >,
): LawOfRequest {
  const receivedOn = calendarDateIn(receivedAt, settings.timeZone);
  const law = command.regime
    ? privacyLaw(command.regime)
    : lawFor(command.residence, receivedOn, {
        whenResidenceUnknown: settings.defaultRegime,
        switchedOff: settings.lawsSwitchedOff,
      });
  if (givesRight(law, command.type, receivedOn)) return { regime: law.id };
  if (settings.offerEveryRight ?? true) return { regime: 'company_policy', courtesyTo: law.id };
  throw new DomainError(
    'invalid_input',
    `The ${law.name.en} does not give a right to ${RIGHT_PHRASES[command.type]}, and this company answers only the rights a person's law gives.`,
    [{ path: 'residence', message: 'the law of this residence does not give this right' }],
  );
}
