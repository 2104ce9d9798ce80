import type { AppConfig } from '@rightsdesk/config';
import type { CompanyIdentity } from './render-notice.use-case';

/** Who the notices come from, read once from configuration; the api and the worker agree. */
export function companyIdentity(config: AppConfig): CompanyIdentity {
  return {
    companyName: config.COMPANY_NAME,
    contactEmail: config.PRIVACY_CONTACT_EMAIL,
    timeZone: config.COMPANY_TIME_ZONE,
    key: config.packageEncryptionKey,
    postalAddress: config.COMPANY_POSTAL_ADDRESS,
    paperSize: config.LETTER_PAPER_SIZE,
  };
}
