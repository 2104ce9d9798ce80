import { DataMapInForce, PolicyInForce } from '@rightsdesk/live-config';
import { AppConfig } from '@rightsdesk/config';
import { PrivacyCenterSettings, placeLabels } from './privacy-center.settings';

/** The privacy center's contact block (the letterhead in force) and correctable fields. */
export function livePrivacyCenterSettings(
  config: AppConfig,
  policy: PolicyInForce,
  maps: DataMapInForce,
): PrivacyCenterSettings {
  const letterhead = () => policy.current().letterhead;
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
    () => maps.current().correctable,
    config.tokenKey,
    config.COMPANY_TIME_ZONE,
    config.PUBLIC_URL.startsWith('https:'),
    (language) => placeLabels(maps.current().map, language),
  );
}
