import { DataMapStore, PolicySettingsStore, correctionRulesOf } from '@rightsdesk/admin';
import { AppConfig } from '@rightsdesk/config';
import { PrivacyCenterSettings, toldLabels } from './privacy-center.settings';

/** The privacy center's contact block (the letterhead in force) and correctable fields. */
export function livePrivacyCenterSettings(
  config: AppConfig,
  policy: PolicySettingsStore,
  maps: DataMapStore,
): PrivacyCenterSettings {
  const letterhead = () => policy.cached().values.letterhead;
  const rules = correctionRulesOf(maps);
  return new PrivacyCenterSettings(
    {
      get name() {
        return letterhead().companyName;
      },
      get postalAddress() {
        return letterhead().postalAddress;
      },
      get supportEmail() {
        return letterhead().contactEmail;
      },
    },
    () => rules().correctableFields,
    config.tokenKey,
    config.COMPANY_TIME_ZONE,
    config.PUBLIC_URL.startsWith('https:'),
    () => toldLabels(maps.current().map),
  );
}
